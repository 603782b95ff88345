$ ovhmail smtp --offer emailpro --server 3 --security ssl
--- stderr
ovhmail: smtp: Email Pro, Europe has no SMTP entry with security ssl (it has starttls)
--- status 69
