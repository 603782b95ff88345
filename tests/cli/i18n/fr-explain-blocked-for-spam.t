$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain 'blocked for spam'
Blocked for SPAM
Réponse :              blocked for spam
Gravité :              permanent
Raison :               spam
Signification :        L'adresse est bloquée parce qu'une activité suspecte
                       (spam possible) a été détectée dans ce qu'elle a
                       envoyé : elle ne peut plus envoyer, mais reçoit
                       toujours le courrier. L'espace client affiche «
                       Blocked » (Exchange ; l'ancien guide de diagnostic
                       Exchange indique « SPAM »), « Spam » (Email Pro, MX
                       Plan avec OWA) ou « Blocked for SPAM » (MX Plan avec
                       Roundcube) ; avec Zimbra (Zimbra Starter, Zimbra Pro,
                       MX Plan avec Zimbra), la connexion au webmail est
                       aussi suspendue.
Solution :             Trouvez et corrigez d'abord la cause (appareils,
                       logiciels qui utilisent l'adresse, redirections,
                       filtres, réponses automatiques). Exchange : cliquez
                       sur Débloquer à côté du compte, puis répondez aux 3
                       questions du ticket d'assistance ; l'adresse n'est
                       pas débloquée automatiquement. Email Pro et MX Plan
                       avec OWA : cliquez sur l'état « Spam », puis sur
                       Répondre dans le ticket, et répondez à ses 3
                       questions. MX Plan avec Roundcube : ne débloquez pas
                       l'adresse vous-même, même si l'interface le permet ;
                       créez un ticket d'assistance. Zimbra : aucun ticket
                       n'est ouvert ; créez-en un en indiquant l'adresse, le
                       service et son identifiant, et les actions
                       correctives menées.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide locked-for-spam (ovh/ovhcloud-docs;
                       older locked_for_spam, en-gb, 2024-05-23)
                       (2026-05-28)
--- stderr
--- status 0
