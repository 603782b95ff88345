$ ovhmail --data tests/data/unknown-protocol.json imap
--- stderr
ovhmail: tests/data/unknown-protocol.json: offers[0].servers[0].protocol: unknown value "imap4"
--- status 65
