$ ovhmail imap --offer emailpro --server -1
--- stderr
ovhmail: --server: '-1' is not a number from 1 to 999
Try 'ovhmail --help' for more information.
--- status 64
