$ ovhmail imap --field port --format json
--- stderr
ovhmail: --field: prints bare values: leave out --format
Try 'ovhmail --help' for more information.
--- status 64
