$ ovhmail --data tests/data/duplicate.json imap
--- stderr
ovhmail: tests/data/duplicate.json: sources[0]: duplicate key "id"
--- status 65
