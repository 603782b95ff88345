$ ovhmail export msmtp --email 'a b@example.nl'
--- stderr
ovhmail: --email: 'a b@example.nl' is not an e-mail address: the part before '@' holds a character that needs quoting
Try 'ovhmail --help' for more information.
--- status 64
