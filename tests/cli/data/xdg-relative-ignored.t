$ unset OVHMAIL_DATA; mkdir -p $HOME/.local/share/ovhmail && cp data/servers.json $HOME/.local/share/ovhmail/ && XDG_DATA_HOME=tests/cli/scratch/xdg ovhmail imap --field port
993
--- stderr
--- status 0
