$ XDG_DATA_HOME=$PWD/tests/cli/scratch/xdg ovhmail imap --field host
ssl0.ovh.net
--- stderr
--- status 0
