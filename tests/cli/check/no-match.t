$ ovhmail --data tests/data/check.json check smtp --offer plain
--- stderr
ovhmail: check: no server entry matches
--- status 69
