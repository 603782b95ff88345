$ ovhmail verify example.nl --email jan@example.nl
--- stderr
ovhmail: --email: verify takes the domain only
Try 'ovhmail --help' for more information.
--- status 64
