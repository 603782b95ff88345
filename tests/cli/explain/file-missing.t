$ ovhmail explain --file nosuch.log
--- stderr
ovhmail: nosuch.log: No such file or directory
ovhmail: explain: 1 of the inputs could not be read whole (said above)
--- status 66
