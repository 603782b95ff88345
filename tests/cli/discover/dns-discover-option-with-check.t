$ ovhmail check --discover --email jan@example.nl
--- stderr
ovhmail: --discover: goes with imap, pop, smtp, list, webmail, limits, export, guide or audit
Try 'ovhmail --help' for more information.
--- status 64
