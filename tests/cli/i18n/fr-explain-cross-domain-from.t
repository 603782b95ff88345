$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain'
550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain
Signification : Depuis le 20 juillet 2026, le serveur refuse un message dont
                l'adresse From est sur un autre domaine que l'adresse avec
                laquelle le client s'est identifié.
Solution :      Créez une adresse e-mail sur le domaine de l'adresse From et
                identifiez-vous avec elle (une suffit pour le domaine), ou
                envoyez depuis l'adresse avec laquelle vous vous identifiez.
                Sur Exchange, utilisez plutôt Envoyer en tant que ou Envoyer
                de la part de.
Offres :        mxplan, zimbra
Source :        OVHcloud guide email-rejected-cross-domain-spoofing
                (2026-07-16)
--- stderr
--- status 0
