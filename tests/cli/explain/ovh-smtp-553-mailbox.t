$ ovhmail explain '553 Requested action not taken: mailbox name not allowed'
553 Requested action not taken: mailbox name not allowed
Meaning:   The mailbox name is invalid: the recipient address is not written
           correctly.
Fix:       Check the recipient's address (no spaces, accents or missing
           parts) and send again.
Offers:    mxplan, zimbra, emailpro, exchange
Source:    OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
