$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain 'unable to verify account name or password'
Unable to verify account name or password
Réponse :              unable to verify account name or password
Gravité :              permanent
Raison :               authentication
Signification :        Mail pour Mac affiche ce message à la première
                       ouverture de la fenêtre d'un compte Zimbra Pro (EWS)
                       ou Exchange : c'est normal. S'il reste après
                       validation, les informations saisies sont fausses.
Solution :             Vérifiez l'adresse e-mail complète, le mot de passe
                       et les noms de serveur saisis, puis confirmez à
                       nouveau.
Offres :               zimbra, exchange
Source :               OVHcloud guides zimbra_mail_macos (en-gb, 2025) and
                       microsoft_exchange/how_to_configure_mail_macos
                       (en-gb, 2024-04-16), Mail for Mac with Zimbra Pro
                       (EWS) and with Exchange (2025)
--- stderr
--- status 0
