$ ovhmail --data tests/data/check.json check --login
--- stderr
ovhmail: --login: give the address to log in with: --email ADDRESS
Try 'ovhmail --help' for more information.
--- status 64
