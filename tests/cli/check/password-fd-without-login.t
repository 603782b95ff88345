$ ovhmail --data tests/data/check.json check --password-fd 0
--- stderr
ovhmail: --password-fd: goes with check --login only
Try 'ovhmail --help' for more information.
--- status 64
