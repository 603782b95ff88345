$ ovhmail doctor not-an-address
--- stderr
ovhmail: doctor: 'not-an-address' is not an e-mail address: no '@'
Try 'ovhmail --help' for more information.
--- status 64
