$ OVHMAIL_DATA=tests/data/mini.json ovhmail imap --field host
imap.example.net
--- stderr
--- status 0
