$ ovhmail export msmtp --email jan@example.nl --offline
--- stderr
ovhmail: --offline: goes with export neomutt
Try 'ovhmail --help' for more information.
--- status 64
