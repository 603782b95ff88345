$ ovhmail explain
--- stderr
ovhmail: explain: give the server's error, e.g. 'ovhmail explain 553', or a bounce or a log on standard input
Try 'ovhmail --help' for more information.
--- status 64
