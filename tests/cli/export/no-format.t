$ ovhmail export
--- stderr
ovhmail: export: give one format, e.g. 'ovhmail export autoconfig'
Try 'ovhmail --help' for more information.
--- status 64
