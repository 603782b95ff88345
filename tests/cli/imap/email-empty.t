$ ovhmail imap --email ''
--- stderr
ovhmail: --email: '' is not an e-mail address: no '@'
Try 'ovhmail --help' for more information.
--- status 64
