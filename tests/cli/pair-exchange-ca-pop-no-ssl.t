$ ovhmail --offer exchange --region ca pop --no-ssl
--- stderr
ovhmail: pop3: Hosted Exchange, America has no entry without SSL (try --ssl)
--- status 69
