$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '552 5.2.2 Requested mail action aborted: exceeded storage allocation'
552 5.2.2 Requested mail action aborted: exceeded storage allocation
Code :                 552 5.2.2
Gravité :              permanent
Raison :               mailbox_full
Signification :        La boîte aux lettres du destinataire est pleine. Un
                       compte plein peut encore envoyer des messages, mais
                       ne peut plus en recevoir.
Solution :             Le destinataire doit libérer de l'espace dans la
                       boîte (supprimer ou archiver des messages, vider la
                       corbeille), ou augmenter son quota dans l'espace
                       client si l'offre le permet. En tant qu'expéditeur,
                       joignez le destinataire par un autre moyen.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide email-manage-quota (and
                       email_manage_quota, 2022-11-17) (2026-09-18)
--- stderr
--- status 0
