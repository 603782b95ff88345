$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '555 MAIL FROM / RCPT TO, unrecognised or unimplemented arguments'
555
Réponse :              555 MAIL FROM / RCPT TO, unrecognised or
                       unimplemented arguments
Gravité :              permanent
Raison :               other
Signification :        555: Paramètres MAIL FROM/RCPT TO non reconnus ou non
                       implémentés.
Nature :               générique : ce que les normes disent des codes, pas
                       un conseil d'OVHcloud
Source :               RFC 5321 (SMTP), section 4.2 (2008-10)
--- stderr
--- status 0
