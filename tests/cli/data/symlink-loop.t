$ ovhmail --data tests/cli/scratch/loop-a imap
--- stderr
ovhmail: tests/cli/scratch/loop-a: Too many levels of symbolic links
--- status 66
