$ ovhmail imap --domain example.nl
--- stderr
ovhmail: --domain: goes with export
Try 'ovhmail --help' for more information.
--- status 64
