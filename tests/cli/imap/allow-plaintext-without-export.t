$ ovhmail imap --allow-plaintext
--- stderr
ovhmail: --allow-plaintext: goes with export
Try 'ovhmail --help' for more information.
--- status 64
