$ ovhmail export dns --domain 'ex&mple.nl'
--- stderr
ovhmail: --domain: 'ex&mple.nl' is not a domain name: the domain may hold only letters, digits, '-' and '.'
Try 'ovhmail --help' for more information.
--- status 64
