$ ovhmail imap --file tests/explain/mail.log
--- stderr
ovhmail: --file: goes with explain
Try 'ovhmail --help' for more information.
--- status 64
