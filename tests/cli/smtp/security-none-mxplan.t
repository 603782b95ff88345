$ ovhmail smtp --security none
--- stderr
ovhmail: smtp: MX Plan, Europe has no SMTP entry with security none (it has ssl, starttls)
--- status 69
