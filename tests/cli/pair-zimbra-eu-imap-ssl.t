$ ovhmail --offer zimbra --region eu imap --ssl
Zimbra, Europe: IMAP
  Server:         ssl0.ovh.net
  Also named:     imap.mail.ovh.net
  Port:           993
  Security:       SSL/TLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/docs pages/web_cloud/email_and_collaborative_solutions/zimbra/zimbra_mail_apps (en-gb) (2026-05-04)
--- stderr
--- status 0
