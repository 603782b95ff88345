$ ovhmail --offer exchange --region ca smtp --no-ssl
--- stderr
ovhmail: smtp: Hosted Exchange, America has no entry without SSL (try --ssl)
--- status 69
