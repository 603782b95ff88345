$ unset OVHMAIL_DATA; mkdir -p $HOME/.local/share/ovhmail && cp data/servers.json $HOME/.local/share/ovhmail/ && XDG_DATA_HOME=$PWD/tests/cli/scratch/xdg ovhmail imap --field host
imap.example.net
--- stderr
--- status 0
