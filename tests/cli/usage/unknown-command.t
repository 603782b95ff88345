$ ovhmail imapp
--- stderr
ovhmail: unknown command or protocol 'imapp'
Try 'ovhmail --help' for more information.
--- status 64
