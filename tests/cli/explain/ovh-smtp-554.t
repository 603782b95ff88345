$ ovhmail explain '554 Transaction failed'
554 Transaction failed
Meaning:   The transaction failed, usually because of a blacklist problem.
Fix:       Check whether the sending IP address or domain is on a blacklist
           (Spamhaus, MXToolbox), and have it removed.
Offers:    mxplan, zimbra, emailpro, exchange
Source:    OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
