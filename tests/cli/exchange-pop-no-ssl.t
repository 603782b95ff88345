$ ovhmail pop --no-ssl --offer exchange --server 5
--- stderr
ovhmail: pop3: Hosted Exchange has no entry without SSL (try --ssl)
--- status 69
