$ ovhmail --offer emailpro --region eu --server 7 imap --no-ssl
--- stderr
ovhmail: imap: Email Pro, Europe has no entry without SSL (try --ssl)
--- status 69
