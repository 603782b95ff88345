$ ovhmail check --field host
--- stderr
ovhmail: check: reports as text or --format json: leave out --field
Try 'ovhmail --help' for more information.
--- status 64
