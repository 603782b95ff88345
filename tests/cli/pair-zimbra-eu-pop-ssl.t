$ ovhmail --offer zimbra --region eu pop --ssl
Zimbra, Europe: POP3
  Server:         ssl0.ovh.net
  Also named:     pop.mail.ovh.net
  Port:           995
  Security:       SSL/TLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/docs pages/web_cloud/email_and_collaborative_solutions/zimbra/zimbra_mail_apps (en-gb) (2026-05-04)
--- stderr
--- status 0
