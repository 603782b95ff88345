$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '450 Requested mail action not taken: mailbox unavailable'
450 Requested mail action not taken: mailbox unavailable
Signification : La boîte aux lettres est indisponible pour l'instant : elle
                est occupée, ou bloquée pour des raisons de sécurité ou à
                cause d'une liste noire.
Solution :      Vérifiez si l'adresse IP d'envoi est listée par Spamhaus,
                puis réessayez plus tard.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVHcloud guide diagnostic_advanced (en-gb), the table of
                SMTP error codes (2026-02-20)
--- stderr
--- status 0
