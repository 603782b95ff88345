$ ovhmail --offer exchange --region eu --server 5 smtp --no-ssl
--- stderr
ovhmail: smtp: Hosted Exchange, Europe has no entry without SSL (try --ssl)
--- status 69
