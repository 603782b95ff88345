$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '451 Requested action aborted – Local error in processing'
451 Requested action aborted – Local error in processing
Code :                 451
Gravité :              temporaire
Raison :               system
Signification :        Le serveur a rencontré une erreur en traitant le
                       message : une surcharge momentanée, ou une
                       vérification SPF incorrecte du domaine d'envoi.
Solution :             Lisez le message complémentaire du serveur, et
                       vérifiez que l'enregistrement SPF du domaine d'envoi
                       est correct (v=spf1 include:mx.ovh.com ~all pour les
                       offres mutualisées d'OVHcloud). Réessayez plus tard ;
                       si le problème persiste, contactez l'administrateur
                       du serveur.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
