$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail webmail
https://www.ovhcloud.com/nl/mail/
--- stderr
--- status 0
