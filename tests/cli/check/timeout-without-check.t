$ ovhmail imap --timeout 5
--- stderr
ovhmail: --timeout: goes with doctor, check, discover, verify or --discover
Try 'ovhmail --help' for more information.
--- status 64
