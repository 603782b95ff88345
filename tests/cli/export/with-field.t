$ ovhmail export dns --domain example.nl --field host
--- stderr
ovhmail: export: the format is export's argument: leave out --field
Try 'ovhmail --help' for more information.
--- status 64
