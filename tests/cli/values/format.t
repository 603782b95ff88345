$ ovhmail --format json values offer
--- stderr
ovhmail: values: prints one value a line: leave out --format
Try 'ovhmail --help' for more information.
--- status 64
