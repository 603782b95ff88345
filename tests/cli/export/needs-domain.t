$ ovhmail export dns
--- stderr
ovhmail: dns: give --domain DOMAIN or --email ADDRESS
Try 'ovhmail --help' for more information.
--- status 64
