$ ovhmail imap --ssl --security ssl
--- stderr
ovhmail: --security: give it or --ssl and --no-ssl, not both
Try 'ovhmail --help' for more information.
--- status 64
