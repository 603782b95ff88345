$ ovhmail --offer zimbra --region eu pop --no-ssl
--- stderr
ovhmail: pop3: Zimbra, Europe has no entry without SSL (try --ssl)
--- status 69
