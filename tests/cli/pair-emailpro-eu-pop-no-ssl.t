$ ovhmail --offer emailpro --region eu --server 7 pop --no-ssl
--- stderr
ovhmail: pop3: Email Pro, Europe has no entry without SSL (try --ssl)
--- status 69
