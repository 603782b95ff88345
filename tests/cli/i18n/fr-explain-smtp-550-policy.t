$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '550 5.7.1 Rejected per policy'
550 5.7.1 Rejected per policy
Signification : Le serveur destinataire a refusé le message selon sa
                politique, en général à cause de la réputation de l'adresse
                IP d'envoi.
Solution :      Vérifiez la réputation de l'adresse IP d'envoi et du domaine
                avec des outils comme MXToolbox et mail-tester.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVHcloud guide diagnostic_advanced (en-gb), the table of
                SMTP error codes (2026-02-20)
--- stderr
--- status 0
