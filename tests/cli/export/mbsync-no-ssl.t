$ ovhmail export mbsync --no-ssl --allow-plaintext --email '"a b"@example.nl'
# mbsync settings for OVHcloud MX Plan (Europe).
# Made by ovhmail 0.1.0 from OVHcloud's published settings.
# No password is stored here: PassCmd runs a command that prints it.
# For another password manager, export again with --password-command.
# WARNING: IMAP on port 143 is not encrypted, as you asked
# (allow-plaintext). Your password and your mail cross the network in
# clear text: anyone on the way (a public Wi-Fi, say) can read them
# and use the account.

IMAPAccount ovhcloud
Host ssl0.ovh.net
Port 143
User "\"a b\"@example.nl"
PassCmd "secret-tool lookup ovhmail '\"a b\"@example.nl'"
SSLType None
AuthMechs LOGIN

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
