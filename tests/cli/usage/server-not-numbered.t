$ ovhmail imap --server 1
--- stderr
ovhmail: --server: MX Plan servers are not numbered
Try 'ovhmail --help' for more information.
--- status 64
