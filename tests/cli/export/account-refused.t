$ ovhmail export autoconfig --domain example.nl --account work
--- stderr
ovhmail: --account: goes with the terminal clients' formats: msmtp, mbsync, neomutt and aerc
Try 'ovhmail --help' for more information.
--- status 64
