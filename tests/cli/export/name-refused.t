$ ovhmail export dns --domain example.nl --name 'Jan Jansen'
--- stderr
ovhmail: --name: goes with the formats that name the sender: msmtp, mbsync, neomutt, aerc and mobileconfig
Try 'ovhmail --help' for more information.
--- status 64
