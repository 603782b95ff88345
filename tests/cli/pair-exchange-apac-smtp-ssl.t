$ ovhmail --offer exchange --region apac smtp --ssl
--- stderr
ovhmail: --region: Hosted Exchange is not sold in region 'apac' (choose eu, ca)
Try 'ovhmail --help' for more information.
--- status 64
