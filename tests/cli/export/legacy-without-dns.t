$ ovhmail export msmtp --email a@example.nl --legacy
--- stderr
ovhmail: --legacy: goes with export dns or check
Try 'ovhmail --help' for more information.
--- status 64
