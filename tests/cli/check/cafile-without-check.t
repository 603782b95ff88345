$ ovhmail list --cafile /etc/ssl/certs/ca-certificates.crt
--- stderr
ovhmail: --cafile: goes with doctor or check
Try 'ovhmail --help' for more information.
--- status 64
