$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail list --region ca
MX Plan, Amérique et Asie-Pacifique
PROTOCOLE  SSL  SERVEUR            PORT  SÉCURITÉ  AUTHENTIFICATION
IMAP       oui  imap.mail.ovh.ca    993  SSL/TLS   requise, mot de passe normal
POP3       oui  pop.mail.ovh.ca     995  SSL/TLS   requise, mot de passe normal
SMTP       oui  smtp.mail.ovh.ca    465  SSL/TLS   requise, mot de passe normal
Utilisateur : l'adresse e-mail complète
--- stderr
--- status 0
