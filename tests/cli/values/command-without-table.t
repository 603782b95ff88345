$ unset OVHMAIL_DATA; HOME=/nonexistent ovhmail values command | head -n 3
doctor
imap
pop
--- stderr
--- status 0
