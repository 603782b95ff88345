$ ovhmail doctor jan@example.nl --error ""
--- stderr
ovhmail: --error: give the error's words
Try 'ovhmail --help' for more information.
--- status 64
