$ ovhmail export dns --domain example.nl --offer exchange
--- stderr
ovhmail: exchange: give --server N: the number N of ex<N>.mail.ovh.net is shown in the OVHcloud Control Panel for the Hosted Exchange service (the oldest services use ex.mail.ovh.net)
Try 'ovhmail --help' for more information.
--- status 64
