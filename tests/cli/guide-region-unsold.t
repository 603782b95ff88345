$ ovhmail guide ios --offer emailpro --region ca
--- stderr
ovhmail: --region: Email Pro has no regions
Try 'ovhmail --help' for more information.
--- status 64
