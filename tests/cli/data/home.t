$ unset OVHMAIL_DATA XDG_DATA_HOME; mkdir -p $HOME/.local/share/ovhmail && cp tests/data/mini.json $HOME/.local/share/ovhmail/servers.json && ovhmail imap --field host
imap.example.net
--- stderr
--- status 0
