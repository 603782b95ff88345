$ ovhmail --offer mxplan --region apac imap --no-ssl
--- stderr
ovhmail: imap: MX Plan, Asia-Pacific has no entry without SSL (try --ssl)
--- status 69
