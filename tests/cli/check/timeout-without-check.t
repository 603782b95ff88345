$ ovhmail imap --timeout 5
--- stderr
ovhmail: --timeout: goes with check, discover, verify and --discover only
Try 'ovhmail --help' for more information.
--- status 64
