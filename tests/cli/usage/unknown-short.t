$ ovhmail -x imap
--- stderr
ovhmail: unknown option '-x'
Try 'ovhmail --help' for more information.
--- status 64
