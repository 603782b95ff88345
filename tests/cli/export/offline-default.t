$ ovhmail export neomutt --email jan@example.nl --offline
# neomutt settings for OVHcloud MX Plan (Europe).
# Made by ovhmail 0.1.0 from OVHcloud's published settings.
# Reads the Maildir that mbsync fills (export mbsync --account ovhcloud),
# and sends with msmtp (export msmtp --account ovhcloud): their files run
# the password command, and no password is stored here.

set from = "jan@example.nl"
set mbox_type = "Maildir"
set folder = "~/Mail/ovhcloud"
set spoolfile = "+INBOX"
set record = "+Sent"
set postponed = "+Drafts"
set sendmail = "msmtp -a ovhcloud"
set use_envelope_from = no
--- stderr
--- status 0
