$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain 553
553 Requested action not taken – Mailbox name invalid
Réponse :              553
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
Ou :                   553 sorry, that domain isn't allowed to be relayed
                       thru this MTA (#5.7.1)
--- stderr
--- status 0
