$ ovhmail audit
--- stderr
ovhmail: audit: give the files to audit, e.g. 'ovhmail audit ~/.msmtprc'
Try 'ovhmail --help' for more information.
--- status 64
