$ ovhmail smtp --no-ssl --offer exchange --server 5
--- stderr
ovhmail: smtp: Hosted Exchange has no entry without SSL (try --ssl)
--- status 69
