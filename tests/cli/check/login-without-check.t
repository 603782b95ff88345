$ ovhmail --data tests/data/check.json list --login --email a@example.com
--- stderr
ovhmail: --login: goes with doctor or check
Try 'ovhmail --help' for more information.
--- status 64
