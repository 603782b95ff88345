$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail list
MX Plan, Europa
PROTOCOL  SSL  SERVER        POORT  BEVEILIGING  AUTHENTICATIE
IMAP      aan  ssl0.ovh.net    993  SSL/TLS      vereist, normaal wachtwoord
IMAP      uit  ssl0.ovh.net    143  geen         vereist, normaal wachtwoord
POP3      aan  ssl0.ovh.net    995  SSL/TLS      vereist, normaal wachtwoord
POP3      uit  ssl0.ovh.net    110  geen         vereist, normaal wachtwoord
SMTP      aan  ssl0.ovh.net    465  SSL/TLS      vereist, normaal wachtwoord
SMTP      uit  ssl0.ovh.net    587  STARTTLS     vereist, normaal wachtwoord
Gebruikersnaam: het volledige e-mailadres
--- stderr
--- status 0
