$ ovhmail webmail --field webmail
https://www.ovhcloud.com/en/mail/
--- stderr
--- status 0
