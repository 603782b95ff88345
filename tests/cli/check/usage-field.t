$ ovhmail check --field host
--- stderr
ovhmail: check: reports as text or --format json
Try 'ovhmail --help' for more information.
--- status 64
