$ ovhmail check imapp
--- stderr
ovhmail: check: unknown protocol 'imapp' (choose imap, pop or smtp)
Try 'ovhmail --help' for more information.
--- status 64
