$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '551 User not local or invalid address – Relay denied'
551 User not local or invalid address – Relay denied
Code :                 551
Gravité :              permanent
Raison :               relay_denied
Signification :        Le serveur ne relaie pas le message vers un autre
                       serveur que le sien : c'est en général une mesure
                       contre le spam.
Solution :             Vérifiez l'adresse du destinataire, et contactez le
                       fournisseur du serveur sortant.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
