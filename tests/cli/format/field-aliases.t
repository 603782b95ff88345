$ ovhmail imap --field aliases --field status --field region
imap.mail.ovh.net
current
eu
--- stderr
--- status 0
