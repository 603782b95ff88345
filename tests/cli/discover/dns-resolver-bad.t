$ ovhmail discover example.nl --resolver ns.example.com
--- stderr
ovhmail: --resolver: 'ns.example.com' is not IP, IP:PORT or [IPv6]:PORT
Try 'ovhmail --help' for more information.
--- status 64
