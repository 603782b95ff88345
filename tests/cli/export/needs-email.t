$ ovhmail export neomutt
--- stderr
ovhmail: neomutt: give --email ADDRESS: the account's username
Try 'ovhmail --help' for more information.
--- status 64
