$ ovhmail imap --offer gmail
--- stderr
ovhmail: --offer: unknown offer 'gmail' (choose mxplan, zimbra, emailpro, exchange)
Try 'ovhmail --help' for more information.
--- status 64
