$ ovhmail imap --email jan@localhost
--- stderr
ovhmail: --email: 'jan@localhost' is not an e-mail address: the domain needs at least one '.'
Try 'ovhmail --help' for more information.
--- status 64
