$ ovhmail --data tests/data/check.json check --cafile tests/data/nonexistent.pem
--- stderr
ovhmail: tests/data/nonexistent.pem: cannot load the certificates to trust
--- status 66
