$ ovhmail --offer mxplan --region ca pop --no-ssl
--- stderr
ovhmail: pop3: MX Plan, America has no entry without SSL (try --ssl)
--- status 69
