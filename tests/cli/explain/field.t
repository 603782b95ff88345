$ ovhmail explain 553 --field fix
--- stderr
ovhmail: explain: reports as text or --format json: leave out --field
Try 'ovhmail --help' for more information.
--- status 64
