$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail guide ipad --offer mxplan -e jan@example.nl
MX Plan, Europe: Mail (iPhone et iPad)
1.  Le plus rapide : sur un ordinateur, lancez « ovhmail export mobileconfig
    --email jan@example.nl -o ovh.mobileconfig » et envoyez le fichier à
    l'iPhone ou l'iPad : par AirDrop, en pièce jointe ouverte dans Mail, ou
    depuis une page web ouverte dans Safari. iOS affiche « Profil
    téléchargé ».
2.  Ouvrez Réglages et touchez « Profil téléchargé » en haut (plus tard :
    Général > VPN et gestion de l'appareil), puis Installer ; saisissez le
    code de l'appareil, puis le mot de passe de votre messagerie quand il
    est demandé. Un profil non signé affiche « Non vérifié » en rouge :
    personne ne garantit son origine, mais les réglages sont les mêmes. Avec
    --sign, ovhmail le signe avec votre certificat, et iOS affiche «
    Vérifié » s'il fait confiance à ce certificat. Ou configurez le compte
    à la main, comme ci-dessous.
3.  Ouvrez Réglages > Mail > Comptes > Ajouter un compte (iOS 14 et
    ultérieur ; le guide d'OVHcloud donne aussi les anciens menus).
4.  Choisissez Autre, puis Ajouter un compte Mail ; saisissez votre nom,
    votre adresse e-mail, votre mot de passe et une description, puis
    touchez Suivant.
    E-mail: jan@example.nl
5.  OVHcloud recommande IMAP plutôt que POP.
    Type de compte: IMAP
6.  Serveur de réception : saisissez le nom d'hôte, même si iOS l'indique
    comme facultatif.
    Nom d'hôte: ssl0.ovh.net
7.  Serveur de réception : le nom d'utilisateur, même si iOS l'indique comme
    facultatif ; puis votre mot de passe.
    Nom d'utilisateur: jan@example.nl
8.  Serveur d'envoi : saisissez le nom d'hôte, même si iOS l'indique comme
    facultatif.
    Nom d'hôte: ssl0.ovh.net
9.  Serveur d'envoi : le nom d'utilisateur, même si iOS l'indique comme
    facultatif : sans lui, le serveur refuse d'envoyer. Puis votre mot de
    passe.
    Nom d'utilisateur: jan@example.nl
10. Laissez Mail coché et touchez Enregistrer. Si iOS ne se connecte pas,
    vérifiez les réglages avancés du compte : le port entrant :
    Port du serveur: 993
11. Entrant : SSL.
    Utiliser SSL: on
12. Sortant (SMTP) : le port.
    Port du serveur: 465
13. Sortant : SSL.
    Utiliser SSL: on
Sources :
  ovhmail(1), export mobileconfig: an Apple configuration profile written from servers.json (2026-11-22)
  ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_ios (en-gb) (2024-10-01)
--- stderr
--- status 0
