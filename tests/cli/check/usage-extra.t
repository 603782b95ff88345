$ ovhmail check imap smtp
--- stderr
ovhmail: imap: unexpected argument 'smtp'
Try 'ovhmail --help' for more information.
--- status 64
