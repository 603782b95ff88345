$ ovhmail imap --dkim-selector ovhmo1-selector1
--- stderr
ovhmail: --dkim-selector: goes with doctor, discover or verify
Try 'ovhmail --help' for more information.
--- status 64
