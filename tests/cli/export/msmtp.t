$ ovhmail export msmtp --email "o'brien@example.ie"
# msmtp settings for OVHcloud MX Plan (Europe).
# Made by ovhmail 0.1.0 from OVHcloud's published settings.
# No password is stored here: passwordeval runs a command that prints it.
# For another password manager, export again with --password-command.

account ovhcloud
host ssl0.ovh.net
port 465
tls on
tls_starttls off
auth on
user o'brien@example.ie
from o'brien@example.ie
passwordeval secret-tool lookup ovhmail 'o'\''brien@example.ie'

account default : ovhcloud
--- stderr
--- status 0
