$ ovhmail explain 553 --format env
--- stderr
ovhmail: explain: reports as text or --format json
Try 'ovhmail --help' for more information.
--- status 64
