$ ovhmail --offer exchange --region ca imap --no-ssl
--- stderr
ovhmail: imap: Hosted Exchange, America has no entry without SSL (try --ssl)
--- status 69
