$ ovhmail imap --no-ssl --offer exchange --server 5
--- stderr
ovhmail: imap: Hosted Exchange has no entry without SSL (try --ssl)
--- status 69
