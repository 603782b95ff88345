$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain 553
553 Requested action not taken: mailbox name not allowed
Signification : Le nom de la boîte aux lettres n'est pas valide : l'adresse
                du destinataire est mal écrite.
Solution :      Vérifiez l'adresse du destinataire (ni espaces, ni accents,
                ni parties manquantes) et renvoyez le message.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVHcloud guide diagnostic_advanced (en-gb), the table of
                SMTP error codes (2026-02-20)

553 sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1)
Signification : Le serveur sortant a refusé le message parce que le client
                l'a envoyé sans s'identifier : les serveurs SMTP d'OVHcloud
                ne relaient le courrier que pour les utilisateurs
                authentifiés, et « POP avant SMTP » n'est pas pris en
                charge.
Solution :      Activez l'authentification SMTP dans les paramètres du
                serveur sortant du client de messagerie (« mon serveur
                sortant requiert une authentification », mot de passe
                normal), avec l'adresse e-mail complète comme nom
                d'utilisateur et le mot de passe de l'adresse défini dans
                l'espace client OVHcloud.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVH guide g1474, Webhosting: algemene informatie over OVH's
                gedeelde e-mail (2021-07-19)
--- stderr
--- status 0
