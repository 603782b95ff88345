$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail smtp
MX Plan, Europe: SMTP
  Serveur :          ssl0.ovh.net
  Autre nom :        smtp.mail.ovh.net
  Port :             465
  Sécurité :         SSL/TLS
  Statut :           actuel
  Authentification : requise, mot de passe normal
  Utilisateur :      l'adresse e-mail complète
  Source :           ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016 (en-gb) (2026-01-09)
--- stderr
--- status 0
