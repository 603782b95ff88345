$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '553 Requested action not taken – Mailbox name invalid'
553 Requested action not taken – Mailbox name invalid
Code :                 553
Gravité :              permanent
Raison :               user_unknown
Signification :        Le nom de la boîte aux lettres n'est pas valide : en
                       général, l'adresse du destinataire est mal écrite.
Solution :             Vérifiez l'adresse du destinataire (ni espaces, ni
                       accents, ni parties manquantes) et renvoyez le
                       message.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
