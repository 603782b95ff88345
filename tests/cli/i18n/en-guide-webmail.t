$ LC_ALL= LANG=en_GB.UTF-8 ovhmail webmail --offer exchange --server 2
https://www.ovhcloud.com/en-gb/mail/
--- stderr
--- status 0
