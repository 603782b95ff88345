$ ovhmail --offer mxplan --region ca imap --no-ssl
--- stderr
ovhmail: imap: MX Plan, America has no entry without SSL (try --ssl)
--- status 69
