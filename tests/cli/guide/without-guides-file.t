$ ovhmail --data tests/data/mini.json guide ios
--- stderr
ovhmail: tests/data/guides.json: No such file or directory
--- status 66
