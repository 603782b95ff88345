$ ovhmail export neomutt --email jan@example.nl --name "Jörg O'Brien"
# neomutt settings for OVHcloud MX Plan (Europe).
# Made by ovhmail 0.1.0 from OVHcloud's published settings.
# No password is stored here: each *_pass line runs a command that prints it.
# For another password manager, export again with --password-command.

set from = "jan@example.nl"
set realname = "Jörg O'Brien"
set imap_user = "jan@example.nl"
set imap_pass = "`secret-tool lookup ovhmail jan@example.nl`"
set folder = "imaps://ssl0.ovh.net:993/"
set spoolfile = "+INBOX"
set record = "+Sent"
set postponed = "+Drafts"
set smtp_url = "smtps://ssl0.ovh.net:465/"
set smtp_user = "jan@example.nl"
set smtp_pass = "`secret-tool lookup ovhmail jan@example.nl`"
set ssl_starttls = no
set ssl_force_tls = yes
--- stderr
--- status 0
