$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '550 5.7.26 Unauthenticated email is not accepted'
550 5.7.26 Unauthenticated email is not accepted
Signification : Le serveur destinataire a refusé le message parce qu'il ne
                porte pas d'authentification SPF ou DKIM, ou qu'il y
                échoue.
Solution :      Configurez SPF et DKIM pour le domaine d'envoi (et DMARC),
                puis renvoyez le message.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVHcloud guide diagnostic_advanced (en-gb), the table of
                SMTP error codes (2026-02-20)
--- stderr
--- status 0
