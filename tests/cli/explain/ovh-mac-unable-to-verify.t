$ ovhmail explain 'Unable to verify account name or password'
Unable to verify account name or password
Meaning:   Mail for Mac shows this message when the Zimbra Pro (EWS) account
           window first opens: that is normal. If it stays after you
           confirm, the details entered are wrong.
Fix:       Check the full e-mail address, the password and the server names
           entered, then confirm again.
Offers:    zimbra
Source:    OVHcloud guide zimbra_mail_macos (en-gb) (2025)
--- stderr
--- status 0
