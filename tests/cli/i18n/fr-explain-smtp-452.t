$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '452 The command has been aborted because the server has insufficient system storage'
452 The command has been aborted because the server has insufficient system storage
Code :                 452
Gravité :              temporaire
Raison :               system
Signification :        Le serveur de messagerie est surchargé, ou trop de
                       messages ont été envoyés à la fois.
Solution :             Vérifiez la boîte d'envoi, envoyez moins de messages
                       à la fois, et réessayez.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
