$ ovhmail --data tests/data/check.json check --cafile tests/data/nonexistent.pem
--- stderr
ovhmail: tests/data/nonexistent.pem: No such file or directory
--- status 66
