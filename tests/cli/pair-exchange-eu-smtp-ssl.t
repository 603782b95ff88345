$ ovhmail --offer exchange --region eu --server 5 smtp --ssl
Hosted Exchange, Europe: SMTP
  Server:         ex5.mail.ovh.net
  Port:           587
  Security:       STARTTLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/how_to_configure_thunderbird (en-gb) (2025-09-19)
--- stderr
--- status 0
