$ ovhmail export msmtp --offer emailpro --server 5 -e jan@example.nl
# msmtp settings for OVHcloud Email Pro (Europe).
# Made by ovhmail 0.1.0 from OVHcloud's published settings.
# No password is stored here: passwordeval runs a command that prints it.
# For another password manager, export again with --password-command.

account ovhcloud
host pro5.mail.ovh.net
port 587
tls on
tls_starttls on
auth on
user jan@example.nl
from jan@example.nl
passwordeval secret-tool lookup ovhmail jan@example.nl

account default : ovhcloud
--- stderr
--- status 0
