$ ovhmail imap --offer emailpro --server 0
--- stderr
ovhmail: --server: '0' is not a number from 1 to 999
Try 'ovhmail --help' for more information.
--- status 64
