$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail list
MX Plan, Europa
PROTOCOL  SSL  SERVER        POORT  BEVEILIGING  AUTHENTICATIE                STATUS
IMAP      aan  ssl0.ovh.net    993  SSL/TLS      vereist, normaal wachtwoord  actueel
IMAP      uit  ssl0.ovh.net    143  geen         vereist, normaal wachtwoord  verouderd
POP3      aan  ssl0.ovh.net    995  SSL/TLS      vereist, normaal wachtwoord  actueel
POP3      uit  ssl0.ovh.net    110  geen         vereist, normaal wachtwoord  verouderd
SMTP      aan  ssl0.ovh.net    465  SSL/TLS      vereist, normaal wachtwoord  actueel
SMTP      uit  ssl0.ovh.net    587  STARTTLS     vereist, normaal wachtwoord  actueel
Gebruikersnaam: het volledige e-mailadres
IMAP ssl0.ovh.net heet ook: imap.mail.ovh.net
POP3 ssl0.ovh.net heet ook: pop.mail.ovh.net
SMTP ssl0.ovh.net heet ook: smtp.mail.ovh.net
Verouderd: de huidige handleidingen van OVHcloud noemen alleen SSL/TLS
--- stderr
--- status 0
