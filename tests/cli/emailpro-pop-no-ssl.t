$ ovhmail pop --no-ssl --offer emailpro --server 2
--- stderr
ovhmail: pop3: Email Pro has no entry without SSL (try --ssl)
--- status 69
