$ ovhmail list > /dev/full
--- stderr
ovhmail: stdout: No space left on device
--- status 74
