$ ovhmail verify example.nl --dkim-selector 'a.b'
--- stderr
ovhmail: --dkim-selector: 'a.b' is not a selector name, e.g. ovhmo1234567-selector1
Try 'ovhmail --help' for more information.
--- status 64
