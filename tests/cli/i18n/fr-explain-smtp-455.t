$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '455 Server unable to deal with the command at this time'
455
Réponse :              455 Server unable to deal with the command at this
                       time
Gravité :              temporaire
Raison :               other
Signification :        455: Le serveur ne peut pas prendre en charge les
                       paramètres.
Nature :               générique : ce que les normes disent des codes, pas
                       un conseil d'OVHcloud
Source :               RFC 5321 (SMTP), section 4.2 (2008-10)
--- stderr
--- status 0
