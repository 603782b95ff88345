$ ovhmail --offer exchange --region eu --server 5 imap --no-ssl
--- stderr
ovhmail: imap: Hosted Exchange, Europe has no entry without SSL (try --ssl)
--- status 69
