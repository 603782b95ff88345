$ ovhmail pop --no-ssl --format json --email 'a&b@example.com' | jq -r '.port, .username, .region'
110
a&b@example.com
eu
--- stderr
--- status 0
