$ ovhmail smtp --ssl --offer emailpro --server 2
Email Pro: SMTP
  Server:         pro2.mail.ovh.net
  Port:           587
  Security:       STARTTLS
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/docs pages/web_cloud/email_and_collaborative_solutions/email_pro/first_config and how_to_configure_thunderbird (2025-09-19)
--- stderr
--- status 0
