$ ovhmail --offer emailpro --region apac smtp --no-ssl
--- stderr
ovhmail: --region: Email Pro is not sold in region 'apac' (choose eu)
Try 'ovhmail --help' for more information.
--- status 64
