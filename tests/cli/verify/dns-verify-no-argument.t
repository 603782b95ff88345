$ ovhmail verify
--- stderr
ovhmail: verify: give one domain, e.g. 'ovhmail verify example.nl'
Try 'ovhmail --help' for more information.
--- status 64
