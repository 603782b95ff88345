$ ovhmail --data tests/cli/scratch/directory imap
--- stderr
ovhmail: tests/cli/scratch/directory: is a directory, not a data file
--- status 66
