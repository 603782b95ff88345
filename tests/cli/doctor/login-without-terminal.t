$ ovhmail doctor jan@example.nl --login </dev/null
--- stderr
ovhmail: --login: no terminal to ask for the password: give --password-fd N or --password-command CMD
Try 'ovhmail --help' for more information.
--- status 64
