$ ovhmail --offer emailpro --region eu --server 3 smtp --security starttls; echo "status $?"; ovhmail --offer emailpro --region ca smtp --security starttls; echo "status $?"; ovhmail --offer emailpro --region apac smtp --security starttls; echo "status $?"
Email Pro, Europe: SMTP
  Server:         pro3.mail.ovh.net
  Port:           587
  Security:       STARTTLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/docs pages/web_cloud/email_and_collaborative_solutions/email_pro/how_to_configure_outlook_2016 (en-gb) (2026-01-30)
status 0
status 64
status 64
--- stderr
ovhmail: --region: Email Pro is not sold in region 'ca' (choose eu)
Try 'ovhmail --help' for more information.
ovhmail: --region: Email Pro is not sold in region 'apac' (choose eu)
Try 'ovhmail --help' for more information.
--- status 0
