$ ovhmail --offer zimbra --region eu imap --no-ssl
--- stderr
ovhmail: imap: Zimbra, Europe has no entry without SSL (try --ssl)
--- status 69
