$ ovhmail explain '554 Transaction failed, "No SMTP service here"'
554 Transaction failed, "No SMTP service here"
Code:        554
Severity:    permanent
Reason:      blacklisted
Meaning:     The transaction failed, usually because of a blacklist problem.
Fix:         Check whether the sending mail server's IP address is on a
             blacklist (Spamhaus), and have it removed.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
