$ ovhmail export autoconfig --discover
--- stderr
ovhmail: --discover: needs the domain: give --email or --domain
Try 'ovhmail --help' for more information.
--- status 64
