$ ovhmail export neomutt --email 'a`b$c@example.nl' --account work --name 'Jan Jansen' --offline
# neomutt settings for OVHcloud MX Plan (Europe).
# Made by ovhmail 0.1.0 from OVHcloud's published settings.
# Reads the Maildir that mbsync fills (export mbsync --account work),
# and sends with msmtp (export msmtp --account work): their files run
# the password command, and no password is stored here.

set from = "a\`b\$c@example.nl"
set realname = "Jan Jansen"
set mbox_type = "Maildir"
set folder = "~/Mail/work"
set spoolfile = "+INBOX"
set record = "+Sent"
set postponed = "+Drafts"
set sendmail = "msmtp -a work"
set use_envelope_from = no
--- stderr
--- status 0
