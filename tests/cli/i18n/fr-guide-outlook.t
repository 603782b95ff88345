$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail guide outlook --offer mxplan -e jan@example.nl
MX Plan, Europe: Outlook (classique, Windows)
1.  Lancez Outlook. Au premier démarrage, un assistant demande votre adresse
    e-mail ; si un compte existe déjà, choisissez Fichier > Ajouter un
    compte. La fenêtre peut différer sous Windows 11 : le guide d'OVHcloud
    en montre deux versions.
2.  Saisissez votre adresse e-mail, cliquez sur « Options avancées », cochez
    « Configurer mon compte manuellement » et cliquez sur « Connexion ».
    Adresse e-mail: jan@example.nl
3.  Choisissez IMAP (OVHcloud le recommande plutôt que POP), saisissez votre
    mot de passe et cliquez sur « Connexion ».
4.  Si Outlook ne parvient pas à configurer le compte seul, cliquez sur «
    Modifier les paramètres du compte » et saisissez les serveurs : d'abord
    le serveur entrant.
    Serveur: ssl0.ovh.net
5.  Serveur entrant : le port.
    Port: 993
6.  Serveur entrant : la méthode de chiffrement.
    Méthode de chiffrement: SSL/TLS
7.  Le serveur sortant (SMTP).
    Serveur: ssl0.ovh.net
8.  Serveur sortant : le port.
    Port: 465
9.  Serveur sortant : la méthode de chiffrement.
    Méthode de chiffrement: SSL/TLS
10. Serveur sortant : laissez cette case cochée (plus tard : Fichier >
    Paramètres du compte > Paramètres du serveur) : sans authentification
    SMTP, le serveur refuse d'envoyer.
    My outgoing server (SMTP) requires authentication: on
11. Cliquez sur « Connexion », puis sur « Terminé ».
Sources :
  ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-outlook-2016.mdx: Outlook classic (2026-06-08)
--- stderr
--- status 0
