$ ovhmail verify example.nl --field host
--- stderr
ovhmail: verify: reports as text, --format json or --format nagios: leave out --field
Try 'ovhmail --help' for more information.
--- status 64
