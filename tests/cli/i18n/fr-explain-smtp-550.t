$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '550 Requested action not taken: mailbox unavailable'
550 Requested action not taken: mailbox unavailable
Signification : La boîte aux lettres du destinataire est indisponible : en
                général, l'adresse du destinataire n'existe pas.
Solution :      Vérifiez que l'adresse du destinataire ne contient pas de
                faute de frappe, et demandez-lui la bonne adresse.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVHcloud guide diagnostic_advanced (en-gb), the table of
                SMTP error codes (2026-02-20)
--- stderr
--- status 0
