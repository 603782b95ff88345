$ ovhmail smtp --no-ssl --region ca
--- stderr
ovhmail: smtp: MX Plan, America and Asia-Pacific has no entry without SSL (try --ssl)
--- status 69
