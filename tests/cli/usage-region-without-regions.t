$ ovhmail imap --offer emailpro --server 1 --region eu
--- stderr
ovhmail: --region: Email Pro has no regions
Try 'ovhmail --help' for more information.
--- status 64
