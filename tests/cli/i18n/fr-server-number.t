$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail --offer exchange imap
--- stderr
ovhmail: exchange: donnez --server N : le numéro N de ex<N>.mail.ovh.net est indiqué dans l'espace client OVHcloud : Hosted Exchange > Informations générales > Connexion
Essayez 'ovhmail --help' pour plus d'informations.
--- status 64
