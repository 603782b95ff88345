$ ovhmail smtp --no-ssl
MX Plan, Europe: SMTP
  Server:         ssl0.ovh.net
  Port:           587
  Security:       STARTTLS
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_thunderbird_windows (fr-fr) (2025-09-19)
--- stderr
--- status 0
