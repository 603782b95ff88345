$ ovhmail check --field host
--- stderr
ovhmail: check: reports as text, --format json or --format nagios: leave out --field
Try 'ovhmail --help' for more information.
--- status 64
