$ ovhmail list --field protocol --field port
imap
993
imap
143
pop3
995
pop3
110
smtp
465
smtp
587
--- stderr
--- status 0
