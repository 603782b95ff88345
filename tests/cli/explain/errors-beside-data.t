$ ovhmail --data tests/data/mini.json explain 553
--- stderr
ovhmail: tests/data/errors.json: No such file or directory
--- status 66
