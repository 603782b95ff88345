$ ovhmail export msmtp --email jan@example.nl --password-command ''
--- stderr
ovhmail: --password-command: the command is empty
Try 'ovhmail --help' for more information.
--- status 64
