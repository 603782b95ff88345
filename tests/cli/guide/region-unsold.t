$ ovhmail guide ios --offer emailpro --region ca
--- stderr
ovhmail: --region: Email Pro is not sold in region 'ca' (choose eu)
Try 'ovhmail --help' for more information.
--- status 64
