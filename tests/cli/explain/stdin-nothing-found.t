$ printf 'Hello,\nsee you tomorrow.\n' | ovhmail explain
--- stderr
ovhmail: explain: no known error and no SMTP reply in the input
--- status 69
