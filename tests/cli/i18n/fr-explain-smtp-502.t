$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '502 Command not implemented'
502 Command not implemented
Code :                 502
Gravité :              permanent
Raison :               syntax
Signification :        Le serveur reconnaît un réglage ou une option dont le
                       client s'est servi pour l'envoi, mais qui est
                       désactivé dans la configuration du serveur.
Solution :             Contactez le fournisseur du serveur sortant (SMTP).
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
