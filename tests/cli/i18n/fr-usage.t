$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail --email "jean@" imap
--- stderr
ovhmail: --email: 'jean@' n'est pas une adresse e-mail : rien après le '@'
Essayez 'ovhmail --help' pour plus d'informations.
--- status 64
