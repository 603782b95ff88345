$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '554 Transaction failed, "No SMTP service here"'
554 Transaction failed, "No SMTP service here"
Code :                 554
Gravité :              permanent
Raison :               blacklisted
Signification :        La transaction a échoué, en général à cause d'un
                       problème de liste noire.
Solution :             Vérifiez si l'adresse IP du serveur de messagerie
                       d'envoi figure sur une liste noire (Spamhaus), et
                       faites-l'en retirer.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
