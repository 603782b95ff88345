$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '420 Timeout connection problem'
420 Timeout connection problem
Code :                 420
Gravité :              temporaire
Raison :               network
Signification :        Le délai de connexion a expiré. Seuls les serveurs de
                       messagerie GroupWise renvoient ce code.
Solution :             Contactez l'administrateur du serveur de messagerie
                       de destination.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
