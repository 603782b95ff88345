$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '500 A syntax error: the server could not recognise the command'
500
Réponse :              500 A syntax error: the server could not recognise
                       the command
Gravité :              permanent
Raison :               syntax
Signification :        500: Erreur de syntaxe, commande non reconnue.
Nature :               générique : ce que les normes disent des codes, pas
                       un conseil d'OVHcloud
Source :               RFC 5321 (SMTP), section 4.2 (2008-10)
--- stderr
--- status 0
