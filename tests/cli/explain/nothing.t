$ ovhmail explain
--- stderr
ovhmail: explain: give the server's error, e.g. 'ovhmail explain 553', a bounce or a log on standard input, or --file PATH
Try 'ovhmail --help' for more information.
--- status 64
