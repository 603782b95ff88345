$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain 'test email has not been received'
The test email has not been received
Réponse :              test email has not been received
Gravité :              permanent
Raison :               host_unknown
Signification :        Le message de test du diagnostic Exchange n'est pas
                       arrivé : les enregistrements MX du domaine ne sont
                       pas valides.
Solution :             Vérifiez les enregistrements MX du domaine : mx0 à
                       mx4.mail.ovh.net pour les offres mutualisées, ou le
                       serveur Exchange lui-même quand Exchange est utilisé
                       à côté d'un e-mail hébergé ailleurs.
Offres :               exchange
Source :               OVHcloud guide microsoft_exchange/diagnostic_advanced
                       (2025-04-28)
--- stderr
--- status 0
