$ ovhmail --data tests/data/check.json check --password-fd 0
--- stderr
ovhmail: --password-fd: goes with check --login
Try 'ovhmail --help' for more information.
--- status 64
