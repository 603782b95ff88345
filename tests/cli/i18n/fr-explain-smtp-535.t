$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '535 Authentication failed'
535 Authentication failed
Signification : Le serveur a refusé l'identification : le nom d'utilisateur
                ou le mot de passe est faux, ou l'envoi est bloqué pour
                cette adresse (par exemple après l'envoi de spam depuis
                celle-ci).
Solution :      Connectez-vous au webmail avec la même adresse et le même
                mot de passe : si cela échoue aussi, le mot de passe est
                faux. Sinon, vérifiez l'état de l'adresse dans l'espace
                client OVHcloud ; changer le mot de passe peut débloquer un
                compte bloqué pour spam.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVHcloud guide diagnostic_advanced (en-gb), the table of
                SMTP error codes (2026-02-20)
--- stderr
--- status 0
