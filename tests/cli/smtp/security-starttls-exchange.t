$ ovhmail --offer exchange --region eu --server 3 smtp --security starttls; echo "status $?"; ovhmail --offer exchange --region ca smtp --security starttls; echo "status $?"; ovhmail --offer exchange --region apac smtp --security starttls; echo "status $?"
Hosted Exchange, Europe: SMTP
  Server:         ex3.mail.ovh.net
  Port:           587
  Security:       STARTTLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/how_to_configure_thunderbird (en-gb) (2025-09-19)
status 0
Hosted Exchange, America: SMTP
  Server:         ex.mail.ovh.ca
  Port:           587
  Security:       STARTTLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/how_to_configure_thunderbird (en-ca) (2026-03-24)
status 0
status 64
--- stderr
ovhmail: --region: Hosted Exchange is not sold in region 'apac' (choose eu, ca)
Try 'ovhmail --help' for more information.
--- status 0
