$ ovhmail imap --no-ssl --offer emailpro --server 1
--- stderr
ovhmail: imap: Email Pro, Europe has no entry without SSL (try --ssl)
--- status 69
