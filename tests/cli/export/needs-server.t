$ ovhmail export dns --domain example.nl --offer exchange
--- stderr
ovhmail: exchange: give --server N: the number N of ex<N>.mail.ovh.net is shown in the OVHcloud Control Panel: Hosted Exchange > General information > Connection
Try 'ovhmail --help' for more information.
--- status 64
