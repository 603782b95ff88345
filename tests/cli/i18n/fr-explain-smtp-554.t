$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '554 Transaction failed'
554 Transaction failed
Signification : La transaction a échoué, en général à cause d'un problème de
                liste noire.
Solution :      Vérifiez si l'adresse IP ou le domaine d'envoi figure sur
                une liste noire (Spamhaus, MXToolbox), et faites-l'en
                retirer.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVHcloud guide diagnostic_advanced (en-gb), the table of
                SMTP error codes (2026-02-20)
--- stderr
--- status 0
