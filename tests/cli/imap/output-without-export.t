$ ovhmail imap -o /tmp/x
--- stderr
ovhmail: --output: goes with export
Try 'ovhmail --help' for more information.
--- status 64
