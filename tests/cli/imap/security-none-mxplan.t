$ ovhmail imap --security none
MX Plan, Europe: IMAP
  Server:         ssl0.ovh.net
  Also named:     imap.mail.ovh.net
  Port:           143
  Security:       none
  Status:         legacy: current OVHcloud guides list SSL/TLS only
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         OVH guide g1474, Webhosting: algemene informatie over OVH's gedeelde e-mail (2021-07-19)
--- stderr
--- status 0
