$ ovhmail imap --email jan
--- stderr
ovhmail: --email: 'jan' is not an e-mail address: no '@'
Try 'ovhmail --help' for more information.
--- status 64
