$ ovhmail imap --domains x
--- stderr
ovhmail: --domains: goes with discover or verify
Try 'ovhmail --help' for more information.
--- status 64
