$ ovhmail webmail
https://www.ovhcloud.com/en-gb/mail/
--- stderr
--- status 0
