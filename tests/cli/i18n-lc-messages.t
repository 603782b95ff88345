$ LC_ALL= LANG=C LC_MESSAGES=nl_NL.UTF-8 ovhmail pop
MX Plan, Europa: POP3
  Server:         ssl0.ovh.net
  Poort:          995
  Beveiliging:    SSL/TLS
  Authenticatie:  vereist, normaal wachtwoord
  Gebruikersnaam: het volledige e-mailadres
  Bron:           OVH guide g1474, Webhosting: algemene informatie over OVH's gedeelde e-mail (2021-07-19)
--- stderr
--- status 0
