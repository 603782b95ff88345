$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '550 5.7.1 Email rejected per policy reason'
550 5.7.1 Email rejected per policy reason
Code :                 550 5.7.1
Gravité :              permanent
Raison :               policy
Signification :        Le serveur destinataire a refusé l'adresse d'envoi
                       pour des raisons de politique de sécurité, en
                       général détaillées avec le code ; parfois, une
                       adresse IP de la chaîne de transmission figure sur
                       une liste de rejet.
Solution :             Lisez les détails donnés par le serveur, et vérifiez
                       la réputation des adresses IP avec des outils comme
                       MXToolbox, et la chaîne de transmission avec
                       mail-tester.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
