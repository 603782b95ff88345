$ ovhmail imap --region us
--- stderr
ovhmail: --region: MX Plan has no region 'us' (choose eu, ca)
Try 'ovhmail --help' for more information.
--- status 64
