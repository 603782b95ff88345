$ ovhmail explain '450 Requested mail action not taken: mailbox unavailable'
450 Requested mail action not taken: mailbox unavailable
Meaning:   The mailbox is unavailable for now: it is busy, or blocked for
           security reasons or because of a blacklisting.
Fix:       Check whether the sending IP address is listed by Spamhaus, then
           try again later.
Offers:    mxplan, zimbra, emailpro, exchange
Source:    OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
