$ ovhmail verify example.nl --format env
--- stderr
ovhmail: verify: reports as text, --format json or --format nagios
Try 'ovhmail --help' for more information.
--- status 64
