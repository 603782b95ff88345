$ ovhmail export mbsync --no-ssl --email '"a b"@example.nl'
# mbsync settings for OVHcloud MX Plan (Europe).
# Made by ovhmail 0.1.0 from OVHcloud's published settings.
# No password is stored here: PassCmd runs a command that prints it.
# Replace "secret-tool lookup ovhmail" with your password manager's.

IMAPAccount ovhcloud
Host ssl0.ovh.net
Port 143
User "\"a b\"@example.nl"
PassCmd "secret-tool lookup ovhmail '\"a b\"@example.nl'"
SSLType None

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
