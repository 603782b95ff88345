$ ovhmail export mbsync --email jan@example.nl --account work
# mbsync settings for OVHcloud MX Plan (Europe).
# Made by ovhmail 0.1.0 from OVHcloud's published settings.
# No password is stored here: PassCmd runs a command that prints it.
# For another password manager, export again with --password-command.

IMAPAccount work
Host ssl0.ovh.net
Port 993
User "jan@example.nl"
PassCmd "secret-tool lookup ovhmail jan@example.nl"
SSLType IMAPS

IMAPStore work-remote
Account work

MaildirStore work-local
Path ~/Mail/work/
Inbox ~/Mail/work/INBOX
SubFolders Verbatim

Channel work
Far :work-remote:
Near :work-local:
Patterns *
Create Both
SyncState *
--- stderr
--- status 0
