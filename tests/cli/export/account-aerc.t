$ ovhmail export aerc --email jan@example.nl --account work
# aerc settings for OVHcloud MX Plan (Europe).
# Made by ovhmail 0.1.0 from OVHcloud's published settings.
# No password is stored here: source-cred-cmd (and outgoing-cred-cmd) runs a command that prints it.
# For another password manager, export again with --password-command.

[work]
source = imaps://jan%40example.nl@ssl0.ovh.net:993
source-cred-cmd = secret-tool lookup ovhmail jan@example.nl
outgoing = smtps://jan%40example.nl@ssl0.ovh.net:465
outgoing-cred-cmd = secret-tool lookup ovhmail jan@example.nl
from = jan@example.nl
default = INBOX
copy-to = Sent
--- stderr
--- status 0
