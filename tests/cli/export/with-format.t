$ ovhmail export dns --domain example.nl --format json
--- stderr
ovhmail: export: the format is export's argument: leave out --format
Try 'ovhmail --help' for more information.
--- status 64
