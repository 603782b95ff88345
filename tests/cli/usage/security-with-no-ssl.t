$ ovhmail list --security starttls --no-ssl
--- stderr
ovhmail: --no-ssl: give it or --security, not both
Try 'ovhmail --help' for more information.
--- status 64
