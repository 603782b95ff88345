$ ovhmail imap --password-command 'pass show {email}'
--- stderr
ovhmail: --password-command: goes with export or check --login
Try 'ovhmail --help' for more information.
--- status 64
