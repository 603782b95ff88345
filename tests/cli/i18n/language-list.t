$ LC_ALL= LANG=fr_FR.UTF-8 LANGUAGE=nl ovhmail pop
MX Plan, Europa: POP3
  Server:         ssl0.ovh.net
  Ook genaamd:    pop.mail.ovh.net
  Poort:          995
  Beveiliging:    SSL/TLS
  Status:         actueel
  Authenticatie:  vereist, normaal wachtwoord
  Gebruikersnaam: het volledige e-mailadres
  Bron:           ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016 (en-gb) (2026-01-09)
--- stderr
--- status 0
