$ ovhmail explain --file ""
--- stderr
ovhmail: --file: the file name is empty
Try 'ovhmail --help' for more information.
--- status 64
