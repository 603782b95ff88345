$ ovhmail export aerc --email jan@example.nl --name " Jan Jansen"
--- stderr
ovhmail: --name: a name starts and ends with a letter, not a space
Try 'ovhmail --help' for more information.
--- status 64
