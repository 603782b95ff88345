$ LC_ALL= LANG=C.UTF-8 LANGUAGE=nl ovhmail pop
MX Plan, Europe: POP3
  Server:         ssl0.ovh.net
  Port:           995
  Security:       SSL/TLS
  Authentication: required, normal password
  Username:       the full e-mail address
  Source:         OVH guide g1474, Webhosting: algemene informatie over OVH's gedeelde e-mail (2021-07-19)
--- stderr
--- status 0
