$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail webmail --offer emailpro --server 3
https://www.ovhcloud.com/fr/mail/
--- stderr
--- status 0
