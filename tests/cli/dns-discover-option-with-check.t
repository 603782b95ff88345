$ ovhmail check --discover --email jan@example.nl
--- stderr
ovhmail: --discover: goes with the lookups and export only
Try 'ovhmail --help' for more information.
--- status 64
