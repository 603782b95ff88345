$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail imap --no-ssl -e jan@example.nl
MX Plan, Europa: IMAP
  Server:         ssl0.ovh.net
  Ook genaamd:    imap.mail.ovh.net
  Poort:          143
  Beveiliging:    geen
  Status:         verouderd: de huidige handleidingen van OVHcloud noemen alleen SSL/TLS
  Authenticatie:  vereist, normaal wachtwoord
  Gebruikersnaam: jan@example.nl
  Bron:           OVH guide g1474, Webhosting: algemene informatie over OVH's gedeelde e-mail (2021-07-19)
--- stderr
--- status 0
