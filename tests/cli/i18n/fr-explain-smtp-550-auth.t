$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '550 5.7.26 This message does not have authentication information or fails to pass authentication checks'
550 5.7.26 This message does not have authentication information or fails to pass authentication checks
Code :                 550 5.7.26
Gravité :              permanent
Raison :               authentication
Signification :        Le serveur destinataire a refusé le message parce que
                       le domaine de l'expéditeur n'a ni SPF ni DKIM
                       configuré, ou que le message échoue à ces contrôles.
Solution :             Configurez un enregistrement SPF pour le domaine
                       d'envoi, et DKIM si l'offre le propose, puis renvoyez
                       le message.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
