$ ovhmail explain 15530
--- stderr
ovhmail: explain: no known error matches '15530'
--- status 69
