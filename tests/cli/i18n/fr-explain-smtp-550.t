$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '550 Requested action not performed: mailbox unavailable'
550 Requested action not performed: mailbox unavailable
Code :                 550
Gravité :              permanent
Raison :               user_unknown
Signification :        Le serveur de destination n'a pas pu vérifier
                       l'adresse : en général, l'adresse du destinataire
                       n'est pas valide, mais le serveur de destination peut
                       aussi avoir des problèmes de pare-feu ou de
                       connexion.
Solution :             Vérifiez que l'adresse du destinataire ne contient
                       pas de faute de frappe, et réessayez.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
