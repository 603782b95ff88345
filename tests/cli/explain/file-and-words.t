$ ovhmail explain --file tests/explain/mail.log 550
--- stderr
ovhmail: --file: give the error's words or --file, not both
Try 'ovhmail --help' for more information.
--- status 64
