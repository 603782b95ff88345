$ ovhmail check --timeout 301
--- stderr
ovhmail: --timeout: '301' is not a number from 1 to 300
Try 'ovhmail --help' for more information.
--- status 64
