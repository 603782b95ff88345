$ ovhmail pop --no-ssl --region ca
--- stderr
ovhmail: pop3: MX Plan, America and Asia-Pacific has no entry without SSL (try --ssl)
--- status 69
