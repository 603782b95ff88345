$ ovhmail discover example.nl --resolver 192.0.2.1:0
--- stderr
ovhmail: --resolver: '192.0.2.1:0' is not IP, IP:PORT or [IPv6]:PORT
Try 'ovhmail --help' for more information.
--- status 64
