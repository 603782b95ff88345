$ ovhmail --offer zimbra --region ca smtp --no-ssl
--- stderr
ovhmail: --region: Zimbra is not sold in region 'ca' (choose eu)
Try 'ovhmail --help' for more information.
--- status 64
