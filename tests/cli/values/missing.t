$ ovhmail values
--- stderr
ovhmail: values: give one name: offer, region, field, export or client
Try 'ovhmail --help' for more information.
--- status 64
