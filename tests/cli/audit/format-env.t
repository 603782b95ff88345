$ ovhmail audit --format env tests/audit/msmtprc
--- stderr
ovhmail: audit: reports as text or --format json
Try 'ovhmail --help' for more information.
--- status 64
