$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain '551 User not local; relay denied'
551 User not local; relay denied
Signification : Le destinataire n'est pas local au serveur, qui refuse de
                relayer le message.
Solution :      Vérifiez l'adresse du destinataire, et que le logiciel de
                messagerie envoie par le serveur sortant de son propre
                service e-mail, en étant identifié.
Offres :        mxplan, zimbra, emailpro, exchange
Source :        OVHcloud guide diagnostic_advanced (en-gb), the table of
                SMTP error codes (2026-02-20)
--- stderr
--- status 0
