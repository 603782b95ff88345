$ unset OVHMAIL_DATA; HOME=/nonexistent ovhmail values command | head -n 3
imap
pop
pop3
--- stderr
--- status 0
