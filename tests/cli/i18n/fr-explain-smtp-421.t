$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '421 Service not available, closing transmission channel'
421 Service not available, closing transmission channel
Signification : Le serveur n'est pas disponible pour le moment et a fermé la
                connexion.
Solution :      Vérifiez que l'envoi vers un autre domaine fonctionne, puis
                réessayez plus tard.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVHcloud guide diagnostic_advanced (en-gb), the table of
                SMTP error codes (2026-02-20)
--- stderr
--- status 0
