$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain'
550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain
Code :                 550 5.7.1
Gravité :              permanent
Raison :               policy
Signification :        Depuis le 20 juillet 2026, MX Plan, Zimbra et les
                       e-mails des hébergements web refusent un message dont
                       l'adresse From est sur un autre domaine que l'adresse
                       e-mail avec laquelle le client s'est identifié.
Solution :             Créez une adresse e-mail sur le domaine de l'adresse
                       From et identifiez-vous avec elle pour envoyer (une
                       seule suffit pour le domaine), ou envoyez depuis une
                       adresse du domaine avec lequel vous vous identifiez.
                       En Europe, configurez le domaine sur une offre Zimbra
                       Starter et créez-y l'adresse e-mail ; au Canada et en
                       Asie-Pacifique, ajoutez le domaine à un MX Plan et
                       créez-y l'adresse e-mail. Envoyer en tant que et
                       Envoyer de la part de, dans Exchange, ne fonctionnent
                       qu'au sein d'un même domaine : ils ne lèvent pas ce
                       refus.
Offres :               mxplan, zimbra
Source :               OVHcloud guide email-rejected-cross-domain-spoofing
                       (ovh/ovhcloud-docs) (2026-07-16)
--- stderr
--- status 0
