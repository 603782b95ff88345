$ ovhmail imap --ssl --offer exchange --server 5
Hosted Exchange: IMAP
  Server:         ex5.mail.ovh.net
  Port:           993
  Security:       SSL/TLS
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/how_to_configure_thunderbird and diagnostic_advanced (2026-03-24)
--- stderr
--- status 0
