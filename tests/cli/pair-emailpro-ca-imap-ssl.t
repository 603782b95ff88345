$ ovhmail --offer emailpro --region ca imap --ssl
--- stderr
ovhmail: --region: Email Pro is not sold in region 'ca' (choose eu)
Try 'ovhmail --help' for more information.
--- status 64
