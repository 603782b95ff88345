$ ovhmail check --timeout soon
--- stderr
ovhmail: --timeout: 'soon' is not a number from 1 to 300
Try 'ovhmail --help' for more information.
--- status 64
