$ ovhmail imap --dkim-selector ovhmo1-selector1
--- stderr
ovhmail: --dkim-selector: goes with discover and verify only
Try 'ovhmail --help' for more information.
--- status 64
