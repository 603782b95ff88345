$ ovhmail doctor jan@example.nl --format env
--- stderr
ovhmail: doctor: reports as text or --format json
Try 'ovhmail --help' for more information.
--- status 64
