$ ovhmail export thunderbird
--- stderr
ovhmail: export: unknown format 'thunderbird' (choose autoconfig, autodiscover, mobileconfig, msmtp, mbsync, neomutt, aerc, dns)
Try 'ovhmail --help' for more information.
--- status 64
