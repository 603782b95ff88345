$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '421 Service not available, transmission channel being closed'
421 Service not available, transmission channel being closed
Code :                 421
Gravité :              temporaire
Raison :               system
Signification :        Le serveur n'est pas disponible pour le moment et a
                       fermé la connexion ; la cause est indéterminée.
Solution :             Vérifiez que l'envoi vers un autre domaine fonctionne
                       ; si c'est le cas, renvoyez le message d'origine plus
                       tard.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
