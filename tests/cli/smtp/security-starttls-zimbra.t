$ ovhmail --offer zimbra --region eu smtp --security starttls; echo "status $?"; ovhmail --offer zimbra --region ca smtp --security starttls; echo "status $?"; ovhmail --offer zimbra --region apac smtp --security starttls; echo "status $?"
Zimbra, Europe: SMTP
  Server:         ssl0.ovh.net
  Also named:     smtp.mail.ovh.net
  Port:           587
  Security:       STARTTLS
  Status:         current
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-thunderbird-windows.mdx (2026-06-08)
status 0
status 64
status 64
--- stderr
ovhmail: --region: Zimbra is not sold in region 'ca' (choose eu)
Try 'ovhmail --help' for more information.
ovhmail: --region: Zimbra is not sold in region 'apac' (choose eu)
Try 'ovhmail --help' for more information.
--- status 0
