$ ovhmail check imap smtp
--- stderr
ovhmail: check: unexpected argument 'smtp'
Try 'ovhmail --help' for more information.
--- status 64
