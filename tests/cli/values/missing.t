$ ovhmail values
--- stderr
ovhmail: values: give one name: offer, region, field, export, client or command
Try 'ovhmail --help' for more information.
--- status 64
