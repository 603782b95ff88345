$ ovhmail export mbsync --email jan@example.nl
# mbsync settings for OVHcloud MX Plan (Europe).
# Made by ovhmail 0.1.0 from OVHcloud's published settings.
# No password is stored here: PassCmd runs a command that prints it.
# For another password manager, export again with --password-command.

IMAPAccount ovhcloud
Host ssl0.ovh.net
Port 993
User "jan@example.nl"
PassCmd "secret-tool lookup ovhmail jan@example.nl"
SSLType IMAPS

IMAPStore ovhcloud-remote
Account ovhcloud

MaildirStore ovhcloud-local
Path ~/Mail/ovhcloud/
Inbox ~/Mail/ovhcloud/INBOX
SubFolders Verbatim

Channel ovhcloud
Far :ovhcloud-remote:
Near :ovhcloud-local:
Patterns *
Create Both
SyncState *
--- stderr
--- status 0
