$ ovhmail --offer mxplan --region apac smtp --no-ssl
MX Plan, Asia-Pacific: SMTP
  Server:         smtp.mail.ovh.ca
  Port:           587
  Security:       STARTTLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-thunderbird-windows.mdx (2026-06-08)
--- stderr
--- status 0
