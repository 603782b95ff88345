$ ovhmail discover
--- stderr
ovhmail: give a domain, e.g. 'example.nl', or an address, or --domains FILE
Try 'ovhmail --help' for more information.
--- status 64
