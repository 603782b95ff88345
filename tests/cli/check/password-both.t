$ ovhmail --data tests/data/check.json check --login --email a@example.com --password-fd 0 --password-command true
--- stderr
ovhmail: --password-fd: give it or --password-command, not both
Try 'ovhmail --help' for more information.
--- status 64
