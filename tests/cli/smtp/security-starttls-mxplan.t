$ ovhmail --offer mxplan --region eu smtp --security starttls; echo "status $?"; ovhmail --offer mxplan --region ca smtp --security starttls; echo "status $?"; ovhmail --offer mxplan --region apac smtp --security starttls; echo "status $?"
MX Plan, Europe: SMTP
  Server:         ssl0.ovh.net
  Also named:     smtp.mail.ovh.net
  Port:           587
  Security:       STARTTLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-thunderbird-windows.mdx (2026-06-08)
status 0
MX Plan, America: SMTP
  Server:         smtp.mail.ovh.ca
  Port:           587
  Security:       STARTTLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-thunderbird-windows.mdx (2026-06-08)
status 0
MX Plan, Asia-Pacific: SMTP
  Server:         smtp.mail.ovh.ca
  Port:           587
  Security:       STARTTLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-thunderbird-windows.mdx (2026-06-08)
status 0
--- stderr
--- status 0
