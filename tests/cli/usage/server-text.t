$ ovhmail imap --offer emailpro --server two
--- stderr
ovhmail: --server: 'two' is not a number from 1 to 999
Try 'ovhmail --help' for more information.
--- status 64
