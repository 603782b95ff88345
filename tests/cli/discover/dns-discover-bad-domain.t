$ ovhmail discover 'exa mple.nl'
--- stderr
ovhmail: 'exa mple.nl' is not an e-mail address or a domain: the domain may hold only letters, digits, '-' and '.'
Try 'ovhmail --help' for more information.
--- status 64
