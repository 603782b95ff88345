$ ovhmail explain
--- stderr
ovhmail: explain: give the server's error, e.g. 'ovhmail explain 553'
Try 'ovhmail --help' for more information.
--- status 64
