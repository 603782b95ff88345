$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain 'Unable to verify account name or password'
Unable to verify account name or password
Signification : Mail pour Mac affiche ce message à la première ouverture de
                la fenêtre du compte Zimbra Pro (EWS) : c'est normal. S'il
                reste après validation, les informations saisies sont
                fausses.
Solution :      Vérifiez l'adresse e-mail complète, le mot de passe et les
                noms de serveur saisis, puis confirmez à nouveau.
Offres :        zimbra
Source :        OVHcloud guide zimbra_mail_macos (en-gb) (2025)
--- stderr
--- status 0
