$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '450 Requested action not taken – The user'\''s mailbox is unavailable'
450
Réponse :              450 Requested action not taken – The user's mailbox
                       is unavailable
Gravité :              temporaire
Raison :               other
Signification :        450: Action de messagerie demandée non effectuée :
                       boîte aux lettres indisponible (occupée, ou bloquée
                       temporairement selon la politique).
Nature :               générique : ce que les normes disent des codes, pas
                       un conseil d'OVHcloud
Source :               RFC 5321 (SMTP), section 4.2 (2008-10)
--- stderr
--- status 0
