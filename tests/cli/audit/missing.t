$ ovhmail audit tests/audit/no-such-file
--- stderr
ovhmail: tests/audit/no-such-file: No such file or directory
ovhmail: audit: 1 file could not be read
--- status 66
