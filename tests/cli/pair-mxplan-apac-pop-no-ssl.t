$ ovhmail --offer mxplan --region apac pop --no-ssl
--- stderr
ovhmail: pop3: MX Plan, Asia-Pacific has no entry without SSL (try --ssl)
--- status 69
