$ ovhmail --offer nope values region
--- stderr
ovhmail: --offer: unknown offer 'nope' (choose mxplan, zimbra, emailpro, exchange)
Try 'ovhmail --help' for more information.
--- status 64
