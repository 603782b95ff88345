$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '503 Server encountered bad sequence of commands'
503 Server encountered bad sequence of commands
Code :                 503
Gravité :              permanent
Raison :               syntax
Signification :        Le client a envoyé les commandes SMTP dans le mauvais
                       ordre, en général parce qu'il ne s'est pas identifié
                       avant d'envoyer.
Solution :             Assurez-vous que le logiciel de messagerie
                       s'identifie auprès du serveur sortant (SMTP) :
                       activez l'authentification SMTP, avec l'adresse
                       e-mail complète comme nom d'utilisateur.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
