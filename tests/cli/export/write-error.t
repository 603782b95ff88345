$ ovhmail export dns --domain example.nl > /dev/full
--- stderr
ovhmail: stdout: No space left on device
--- status 74
