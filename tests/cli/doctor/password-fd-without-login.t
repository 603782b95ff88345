$ ovhmail doctor jan@example.nl --password-fd 0
--- stderr
ovhmail: --password-fd: goes with doctor --login
Try 'ovhmail --help' for more information.
--- status 64
