$ ovhmail explain 550 mailbox unavailable
--- stderr
ovhmail: explain: no known error matches '550 mailbox unavailable'
--- status 69
