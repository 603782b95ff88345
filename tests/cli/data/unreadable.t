$ as_nobody ovhmail --data tests/cli/scratch/unreadable.json imap
--- stderr
ovhmail: tests/cli/scratch/unreadable.json: Permission denied
--- status 66
