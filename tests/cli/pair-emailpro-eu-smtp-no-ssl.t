$ ovhmail --offer emailpro --region eu --server 7 smtp --no-ssl
--- stderr
ovhmail: smtp: Email Pro, Europe has no entry without SSL (try --ssl)
--- status 69
