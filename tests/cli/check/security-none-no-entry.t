$ ovhmail --data tests/data/check.json check --security none --offer localhost
--- stderr
ovhmail: localhost: Loopback servers by name, Europe has no entry with security none (it has ssl)
--- status 69
