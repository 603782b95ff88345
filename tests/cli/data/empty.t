$ ovhmail --data tests/data/empty.json imap
--- stderr
ovhmail: tests/data/empty.json: file is empty
--- status 65
