$ ovhmail values protocol
--- stderr
ovhmail: values: unknown name 'protocol' (choose offer, region, field, export, client or command)
Try 'ovhmail --help' for more information.
--- status 64
