$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '504 Command parameter not implemented'
504 Command parameter not implemented
Code :                 504
Gravité :              permanent
Raison :               syntax
Signification :        Le serveur reconnaît un paramètre que le client a
                       utilisé pour l'envoi, mais il est désactivé dans la
                       configuration du serveur.
Solution :             Contactez le fournisseur du serveur sortant (SMTP).
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
