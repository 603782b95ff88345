$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '501 Syntax error in parameters or arguments'
501 Syntax error in parameters or arguments
Code :                 501
Gravité :              permanent
Raison :               syntax
Signification :        Le serveur n'a pas accepté les paramètres d'une
                       commande, souvent parce que l'adresse du destinataire
                       est fausse, ou à cause de l'antivirus ou du pare-feu
                       de l'expéditeur.
Solution :             Vérifiez l'adresse du destinataire, ainsi que
                       l'antivirus et le pare-feu de l'ordinateur d'envoi.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
