$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '432 The recipient'\''s Exchange Server incoming mail queue has been stopped'
432 The recipient's Exchange Server incoming mail queue has been stopped
Code :                 432
Gravité :              temporaire
Raison :               system
Signification :        Le serveur Microsoft Exchange du destinataire a
                       arrêté sa file d'attente de courrier entrant. Seuls
                       les serveurs Exchange renvoient ce code ; ce n'est
                       pas la « password transition » du RFC 4954.
Solution :             Contactez l'administrateur du serveur de messagerie
                       de destination.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
