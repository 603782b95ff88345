$ ovhmail --data tests/data/port-range.json imap
--- stderr
ovhmail: tests/data/port-range.json: offers[0].servers[0].port: must be a whole number from 1 to 65535
--- status 65
