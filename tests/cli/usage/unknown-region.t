$ ovhmail imap --region us
--- stderr
ovhmail: --region: unknown region 'us' (choose eu, ca, apac)
Try 'ovhmail --help' for more information.
--- status 64
