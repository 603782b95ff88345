$ ovhmail guide outlook --offer emailpro
--- stderr
ovhmail: emailpro: give --server N: the number N of pro<N>.mail.ovh.net is shown in the OVHcloud Control Panel: Email Pro > General information > Connection
Try 'ovhmail --help' for more information.
--- status 64
