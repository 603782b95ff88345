$ ovhmail --data tests/data/truncated.json imap
--- stderr
ovhmail: tests/data/truncated.json: line 8, column 36: JSON syntax error
--- status 65
