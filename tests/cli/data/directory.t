$ ovhmail --data tests/cli/scratch/directory imap
--- stderr
ovhmail: tests/cli/scratch/directory: Is a directory
--- status 66
