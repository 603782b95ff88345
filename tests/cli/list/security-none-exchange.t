$ ovhmail list --offer exchange --server 3 --security none
--- stderr
ovhmail: exchange: Hosted Exchange, Europe has no entry with security none (it has ssl, starttls)
--- status 69
