$ OVHMAIL_DATA=/nonexistent ovhmail --data tests/data/mini.json --field host imap
imap.example.net
--- stderr
--- status 0
