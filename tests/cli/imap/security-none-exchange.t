$ ovhmail imap --offer exchange --server 3 --security none
--- stderr
ovhmail: imap: Hosted Exchange, Europe has no IMAP entry with security none (it has ssl)
--- status 69
