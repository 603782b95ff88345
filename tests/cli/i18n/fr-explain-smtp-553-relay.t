$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '553 sorry, that domain isn'\''t allowed to be relayed thru this MTA (#5.7.1)'
553 sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1)
Code :                 553 5.7.1
Gravité :              permanent
Raison :               relay_denied
Signification :        Le serveur sortant a refusé le message parce que le
                       client l'a envoyé sans s'identifier : les serveurs
                       SMTP d'OVHcloud ne relaient le courrier que pour les
                       utilisateurs authentifiés, et « POP avant SMTP »
                       n'est pas pris en charge.
Solution :             Activez l'authentification SMTP dans les paramètres
                       du serveur sortant du client de messagerie (« mon
                       serveur sortant requiert une authentification », mot
                       de passe normal), avec l'adresse e-mail complète
                       comme nom d'utilisateur et le mot de passe de
                       l'adresse défini dans l'espace client OVHcloud.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVH guide g1474, Webhosting: algemene informatie over
                       OVH's gedeelde e-mail (2021-07-19)
--- stderr
--- status 0
