$ ovhmail verify example.nl --field host
--- stderr
ovhmail: verify: reports as text or --format json: leave out --field
Try 'ovhmail --help' for more information.
--- status 64
