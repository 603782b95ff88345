$ ovhmail explain '550 Requested action not taken: mailbox unavailable'
550 Requested action not taken: mailbox unavailable
Meaning:   The recipient's mailbox is unavailable: usually the recipient
           address does not exist.
Fix:       Check the recipient's address for typing mistakes, and ask the
           recipient for the right one.
Offers:    mxplan, zimbra, emailpro, exchange
Source:    OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
