$ ovhmail imap --discover
--- stderr
ovhmail: --discover: needs the domain: give --email
Try 'ovhmail --help' for more information.
--- status 64
