$ ovhmail imap --resolver 192.0.2.1
--- stderr
ovhmail: --resolver: goes with doctor, discover, verify or --discover
Try 'ovhmail --help' for more information.
--- status 64
