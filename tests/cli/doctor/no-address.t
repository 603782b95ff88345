$ ovhmail doctor
--- stderr
ovhmail: doctor: give the address that does not work, e.g. 'ovhmail doctor jan@example.nl'
Try 'ovhmail --help' for more information.
--- status 64
