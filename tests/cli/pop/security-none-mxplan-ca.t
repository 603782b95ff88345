$ ovhmail --region ca pop --security none --format json
--- stderr
ovhmail: pop3: MX Plan, America has no POP3 entry with security none (it has ssl)
--- status 69
