$ ovhmail discover --jobs 0 a.example b.example
--- stderr
ovhmail: --jobs: '0' is not a number from 1 to 64
Try 'ovhmail --help' for more information.
--- status 64
