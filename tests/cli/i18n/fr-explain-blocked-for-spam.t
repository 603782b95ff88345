$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain 'Blocked for SPAM'
Blocked for SPAM
Signification : Le compte est bloqué parce qu'il a envoyé du spam : l'espace
                client l'affiche comme « Blocked » (Exchange), « Spam »
                (Email Pro, MX Plan avec OWA) ou « Blocked for SPAM » (MX
                Plan avec Roundcube) ; sur Zimbra, le webmail et l'envoi
                sont désactivés et aucun ticket n'est ouvert. Un compte
                bloqué reçoit toujours le courrier.
Solution :      Exchange : utilisez Débloquer dans l'espace client. Email
                Pro et MX Plan avec OWA : répondez aux trois questions du
                ticket ouvert par OVHcloud. MX Plan avec Roundcube : ne
                débloquez pas l'adresse vous-même ; contactez le support
                OVHcloud. Zimbra : aucun ticket n'est ouvert ; contactez le
                support OVHcloud.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVHcloud guide locked-for-spam (and locked_for_spam, en-gb,
                2024-05-23) (2026-05-28)
--- stderr
--- status 0
