$ ovhmail --offer emailpro --region ca pop --no-ssl
--- stderr
ovhmail: --region: Email Pro is not sold in region 'ca' (choose eu)
Try 'ovhmail --help' for more information.
--- status 64
