$ ovhmail export autoconfig --domain example.nl --password-command 'pass show {email}'
--- stderr
ovhmail: --password-command: goes with the terminal clients' formats: msmtp, mbsync, neomutt and aerc
Try 'ovhmail --help' for more information.
--- status 64
