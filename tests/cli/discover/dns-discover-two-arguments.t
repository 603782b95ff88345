$ ovhmail discover a.example b.example
--- stderr
ovhmail: discover: give one address or domain, e.g. 'ovhmail discover jan@example.nl'
Try 'ovhmail --help' for more information.
--- status 64
