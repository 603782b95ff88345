$ ovhmail imap --ssl --field port
993
--- stderr
--- status 0
