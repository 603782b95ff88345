$ ovhmail values protocol
--- stderr
ovhmail: values: unknown name 'protocol' (choose offer, region, field or export)
Try 'ovhmail --help' for more information.
--- status 64
