$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '535 Authentication failed'
535 Authentication failed
Code :                 535
Gravité :              permanent
Raison :               authentication
Signification :        Le serveur a refusé l'identification : le nom
                       d'utilisateur ou le mot de passe est faux, ou l'envoi
                       est bloqué pour cette adresse (par exemple après
                       l'envoi de spam depuis celle-ci).
Solution :             Connectez-vous au webmail avec la même adresse et le
                       même mot de passe : si cela échoue aussi, le mot de
                       passe est faux. Sinon, vérifiez l'état de l'adresse
                       dans l'espace client OVHcloud ; changer le mot de
                       passe peut débloquer un compte bloqué pour spam.
Conflit :              Changer le mot de passe n'est pas systématique :
                       changez-le seulement si une compromission est
                       soupçonnée (un appareil infecté, des identifiants
                       divulgués ou partagés, un accès non autorisé). Pour
                       débloquer une adresse bloquée pour spam, trouvez et
                       corrigez la cause, puis passez par le support
                       OVHcloud. (OVHcloud guide locked-for-spam
                       (ovh/ovhcloud-docs; older locked_for_spam, en-gb,
                       2024-05-23), 2026-05-28 : les guides se contredisent)
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVHcloud guide diagnostic_advanced (en-gb) =
                       diagnostic-advanced (ovh/ovhcloud-docs), the table of
                       SMTP error codes (2026-02-20)
--- stderr
--- status 0
