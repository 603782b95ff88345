$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '552 5.3.4 Message size exceeds fixed limit'
552 5.3.4 Message size exceeds fixed limit
Code :                 552 5.3.4
Gravité :              permanent
Raison :               message_too_big
Signification :        Le message est plus gros que ce que le serveur
                       accepte. Les guides actuels d'OVHcloud ne donnent pas
                       de chiffre (« there is a size limit ») ; une ancienne
                       page d'OVH indiquait 10 Mo.
Solution :             Envoyez moins de pièces jointes, ou de plus petites ;
                       partagez plutôt les gros fichiers par un lien, par
                       exemple avec plik.ovh.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide faq-emails (MX Plan) (2026-07-27)
--- stderr
--- status 0
