$ ovhmail smtp --no-ssl --offer emailpro --server 2
--- stderr
ovhmail: smtp: Email Pro has no entry without SSL (try --ssl)
--- status 69
