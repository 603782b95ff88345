$ ovhmail check --discover --email jan@example.nl
--- stderr
ovhmail: --discover: goes with the lookups, export, guide and audit only
Try 'ovhmail --help' for more information.
--- status 64
