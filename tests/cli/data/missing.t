$ ovhmail --data tests/data/nonexistent.json imap
--- stderr
ovhmail: tests/data/nonexistent.json: No such file or directory
--- status 66
