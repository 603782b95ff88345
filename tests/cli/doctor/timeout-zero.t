$ ovhmail doctor jan@example.nl --timeout 0
--- stderr
ovhmail: --timeout: '0' is not a number from 1 to 300
Try 'ovhmail --help' for more information.
--- status 64
