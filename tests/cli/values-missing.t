$ ovhmail values
--- stderr
ovhmail: values: give one name: offer, region, field or export
Try 'ovhmail --help' for more information.
--- status 64
