$ ovhmail explain hello world
--- stderr
ovhmail: explain: no known error matches 'hello world'
--- status 69
