$ ovhmail doctor --email jan@example.nl jan@example.nl
--- stderr
ovhmail: --email: doctor takes the address as its word
Try 'ovhmail --help' for more information.
--- status 64
