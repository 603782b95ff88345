$ ovhmail explain --error "535 5.7.8"
--- stderr
ovhmail: --error: goes with doctor
Try 'ovhmail --help' for more information.
--- status 64
