$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '452 Requested action not taken: insufficient system storage'
452 Requested action not taken: insufficient system storage
Signification : Le serveur manque d'espace pour l'instant, ou trop de
                messages ont été envoyés à la fois.
Solution :      Envoyez moins de messages à la fois, et réessayez plus tard.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVHcloud guide diagnostic_advanced (en-gb), the table of
                SMTP error codes (2026-02-20)
--- stderr
--- status 0
