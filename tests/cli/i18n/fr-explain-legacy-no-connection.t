$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain 'wasn'\''t able to establish an SMTP connection'
Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.
Réponse :              wasn't able to establish an SMTP connection
Gravité :              permanent
Raison :               network
Signification :        Le serveur d'OVHcloud n'a pas pu se connecter au
                       serveur de messagerie du destinataire, et a
                       abandonné après avoir gardé le message 24 heures dans
                       sa file d'attente.
Solution :             Vérifiez le domaine du destinataire et ses
                       enregistrements MX, et renvoyez le message plus tard.
Offres :               mxplan, zimbra, emailpro, exchange
Source :               OVH-NL legacy help page on e-mail limits (10 MB a
                       message, 24 hours in the spool), undated (undated)
--- stderr
--- status 0
