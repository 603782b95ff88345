$ ovhmail check --format env
--- stderr
ovhmail: check: reports as text, --format json or --format nagios
Try 'ovhmail --help' for more information.
--- status 64
