$ ovhmail --data tests/data/truncated.json imap
--- stderr
ovhmail: tests/data/truncated.json: line 9, column 8: JSON syntax error
--- status 65
