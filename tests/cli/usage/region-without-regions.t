$ ovhmail imap --offer emailpro --server 1 --region eu
Email Pro, Europe: IMAP
  Server:         pro1.mail.ovh.net
  Port:           993
  Security:       SSL/TLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/docs pages/web_cloud/email_and_collaborative_solutions/email_pro/how_to_configure_outlook_2016 (en-gb) (2026-01-30)
--- stderr
--- status 0
