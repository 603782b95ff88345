$ ovhmail --data tests/data/missing-field.json imap
--- stderr
ovhmail: tests/data/missing-field.json: offers[0].servers[0]: missing "host"
--- status 65
