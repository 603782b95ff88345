$ ovhmail --offer exchange --region eu --server 5 pop --no-ssl
--- stderr
ovhmail: pop3: Hosted Exchange, Europe has no entry without SSL (try --ssl)
--- status 69
