$ ovhmail imap --offer emailpro --server 1000
--- stderr
ovhmail: --server: '1000' is not a number from 1 to 999
Try 'ovhmail --help' for more information.
--- status 64
