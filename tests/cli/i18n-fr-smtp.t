$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail smtp
MX Plan, Europe: SMTP
  Serveur :          ssl0.ovh.net
  Port :             465
  Sécurité :         SSL/TLS
  Authentification : requise, mot de passe normal
  Utilisateur :      l'adresse e-mail complète
  Source :           OVH guide g1474, Webhosting: algemene informatie over OVH's gedeelde e-mail (2021-07-19)
--- stderr
--- status 0
