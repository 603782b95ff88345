$ ovhmail doctor jan@example.nl --summary
--- stderr
ovhmail: --summary: goes with explain
Try 'ovhmail --help' for more information.
--- status 64
