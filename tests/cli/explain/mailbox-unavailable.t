$ ovhmail explain 550 mailbox unavailable
550 Requested action not performed: mailbox unavailable
Reply:       550 mailbox unavailable
Code:        550
Severity:    permanent
Reason:      user_unknown
Meaning:     The destination server could not verify the address: usually
             the recipient's address is invalid, but the destination server
             may also have firewall or connection problems.
Fix:         Check the recipient's address for typing mistakes, and try
             again.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
