$ ovhmail imap
MX Plan, Europe: IMAP
  Server:         ssl0.ovh.net
  Also named:     imap.mail.ovh.net
  Port:           993
  Security:       SSL/TLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016 (en-gb) (2026-01-09)
--- stderr
--- status 0
