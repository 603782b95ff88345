$ ovhmail --data tests/data/bad-utf8.json imap
--- stderr
ovhmail: tests/data/bad-utf8.json: line 7, column 67: not valid UTF-8
--- status 65
