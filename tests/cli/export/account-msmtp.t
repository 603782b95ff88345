$ ovhmail export msmtp --email jan@example.nl --account work
# msmtp settings for OVHcloud MX Plan (Europe).
# Made by ovhmail 0.1.0 from OVHcloud's published settings.
# No password is stored here: passwordeval runs a command that prints it.
# For another password manager, export again with --password-command.

account work
host ssl0.ovh.net
port 465
tls on
tls_starttls off
auth on
user jan@example.nl
from jan@example.nl
passwordeval secret-tool lookup ovhmail jan@example.nl
--- stderr
--- status 0
