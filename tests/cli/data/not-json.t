$ ovhmail --data tests/data/not-json.json imap
--- stderr
ovhmail: tests/data/not-json.json: line 3, column 3: JSON syntax error
--- status 65
