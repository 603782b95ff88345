$ ovhmail check --format env
--- stderr
ovhmail: check: reports as text or --format json
Try 'ovhmail --help' for more information.
--- status 64
