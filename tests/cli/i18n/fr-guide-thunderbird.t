$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail guide thunderbird --offer mxplan -e jan@example.nl
MX Plan, Europe: Thunderbird
1.  Ouvrez Thunderbird, cliquez sur le menu ☰, puis sur Nouveau Compte >
    Adresse E-mail.
2.  Saisissez votre nom tel que les autres le verront et votre adresse
    e-mail, puis cliquez sur Continuer. Thunderbird demande le mot de passe
    en dernier.
    Adresse e-mail: jan@example.nl
3.  Thunderbird propose une configuration tirée de sa propre base de
    fournisseurs ; pour MX Plan en Europe, c'est la bonne. Si elle montre
    les valeurs ci-dessous (IMAP ssl0.ovh.net, port 993), cliquez sur
    Continuer et passez à la dernière étape. Sinon, cliquez sur « MODIFIER
    LA CONFIGURATION » et saisissez-les.
4.  Le serveur ENTRANT. OVHcloud recommande IMAP plutôt que POP3 : IMAP
    garde les messages sur le serveur pour vos autres appareils.
    Protocole: IMAP
5.  Serveur entrant : le nom du serveur.
    Serveur: ssl0.ovh.net
6.  Serveur entrant : le port.
    Port: 993
7.  Serveur entrant : la sécurité de la connexion.
    SSL: SSL/TLS
8.  Serveur entrant : la méthode d'authentification.
    Authentification: Mot de passe normal
9.  Serveur entrant : l'identifiant est votre adresse e-mail complète.
    Identifiant: jan@example.nl
10. Saisissez les paramètres du serveur SORTANT (SMTP).
    Serveur: ssl0.ovh.net
11. Serveur sortant : le port.
    Port: 465
12. Serveur sortant : la sécurité de la connexion.
    SSL: SSL/TLS
13. Serveur sortant : la méthode d'authentification. L'authentification SMTP
    doit être active : sans elle, le serveur refuse d'envoyer le message.
    Authentification: Mot de passe normal
14. Serveur sortant : l'identifiant est votre adresse e-mail complète.
    Identifiant: jan@example.nl
15. Si vous avez modifié la configuration, cliquez sur Tester ; quand
    Thunderbird a trouvé les serveurs, cliquez sur Continuer.
16. Saisissez votre mot de passe et cliquez sur Continuer : le compte est
    prêt.
Sources :
  ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-thunderbird-windows.mdx (en): MX Plan and Zimbra Starter; the French guide (docs/fr/…, same date) gives the French words (2026-06-08)
--- stderr
--- status 0
