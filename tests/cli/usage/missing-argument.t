$ ovhmail imap --offer
--- stderr
ovhmail: option '--offer' needs an argument
Try 'ovhmail --help' for more information.
--- status 64
