$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '553 Requested action not taken: mailbox name not allowed'
553 Requested action not taken: mailbox name not allowed
Signification : Le nom de la boîte aux lettres n'est pas valide : l'adresse
                du destinataire est mal écrite.
Solution :      Vérifiez l'adresse du destinataire (ni espaces, ni accents,
                ni parties manquantes) et renvoyez le message.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVHcloud guide diagnostic_advanced (en-gb), the table of
                SMTP error codes (2026-02-20)
--- stderr
--- status 0
