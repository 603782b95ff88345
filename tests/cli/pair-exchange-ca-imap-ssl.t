$ ovhmail --offer exchange --region ca imap --ssl
Hosted Exchange, America: IMAP
  Server:         ex.mail.ovh.ca
  Port:           993
  Security:       SSL/TLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/how_to_configure_thunderbird (en-ca) (2026-03-24)
--- stderr
--- status 0
