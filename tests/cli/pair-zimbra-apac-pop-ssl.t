$ ovhmail --offer zimbra --region apac pop --ssl
--- stderr
ovhmail: --region: Zimbra is not sold in region 'apac' (choose eu)
Try 'ovhmail --help' for more information.
--- status 64
