$ ovhmail --data tests/data/mini.json imap --field host
imap.example.net
--- stderr
--- status 0
