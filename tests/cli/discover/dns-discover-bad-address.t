$ ovhmail discover 'jan@'
--- stderr
ovhmail: 'jan@' is not an e-mail address or a domain: nothing after the '@'
Try 'ovhmail --help' for more information.
--- status 64
