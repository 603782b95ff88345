$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '449 A routing error'
449 A routing error
Code :                 449
Gravité :              temporaire
Raison :               network
Signification :        Une erreur de routage. Seuls les serveurs Microsoft
                       Exchange renvoient ce code.
Solution :             Microsoft recommande de lancer un diagnostic avec son
                       outil WinRoute.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
