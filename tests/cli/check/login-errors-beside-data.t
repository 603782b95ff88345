$ ovhmail --data tests/data/check.json check --offer plain --login --email tester@example.net --password-fd 0
--- stderr
ovhmail: tests/data/errors.json: No such file or directory
--- status 66
