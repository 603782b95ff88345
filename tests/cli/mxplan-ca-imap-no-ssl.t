$ ovhmail imap --no-ssl --region ca
--- stderr
ovhmail: imap: MX Plan, America and Asia-Pacific has no entry without SSL (try --ssl)
--- status 69
