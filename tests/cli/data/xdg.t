$ unset OVHMAIL_DATA; XDG_DATA_HOME=$PWD/tests/cli/scratch/xdg ovhmail imap --field port
10993
--- stderr
--- status 0
