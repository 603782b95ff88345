$ ovhmail export msmtp --email jan@example.nl --password-command "$(printf 'pass show x\nhost evil.example')"
--- stderr
ovhmail: --password-command: the command holds a control character (a line break, say)
Try 'ovhmail --help' for more information.
--- status 64
