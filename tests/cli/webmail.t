$ ovhmail webmail
https://www.ovhcloud.com/en/mail/
--- stderr
--- status 0
