$ ovhmail --bogus
--- stderr
ovhmail: unknown option '--bogus'
Try 'ovhmail --help' for more information.
--- status 64
