$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '555 MAIL FROM/RCPT TO parameters not recognized or not implemented'
555 MAIL FROM/RCPT TO parameters not recognized or not implemented
Signification : Le serveur n'a pas accepté les paramètres de l'expéditeur ou
                du destinataire ; chez OVHcloud, cela arrive quand la limite
                d'envoi est atteinte.
Solution :      Vérifiez la limite d'envoi : 200 messages par heure pour
                chaque compte et 300 par heure pour chaque adresse IP.
                Attendez, puis envoyez par plus petits lots.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVHcloud guide diagnostic_advanced (en-gb), the table of
                SMTP error codes (2026-02-20)
--- stderr
--- status 0
