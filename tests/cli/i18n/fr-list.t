$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail list --region ca
MX Plan, Amérique
PROTOCOLE  SSL  SERVEUR            PORT  SÉCURITÉ  AUTHENTIFICATION              STATUT
IMAP       oui  imap.mail.ovh.ca    993  SSL/TLS   requise, mot de passe normal  actuel
POP3       oui  pop.mail.ovh.ca     995  SSL/TLS   requise, mot de passe normal  actuel
SMTP       oui  smtp.mail.ovh.ca    465  SSL/TLS   requise, mot de passe normal  actuel
SMTP       non  smtp.mail.ovh.ca    587  STARTTLS  requise, mot de passe normal  actuel
Utilisateur : l'adresse e-mail complète
--- stderr
--- status 0
