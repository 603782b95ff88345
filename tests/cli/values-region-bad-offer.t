$ ovhmail --offer nope values region
--- stderr
ovhmail: --offer: unknown offer 'nope' (choose mxplan, emailpro, exchange)
Try 'ovhmail --help' for more information.
--- status 64
