$ ovhmail explain '553 Requested action not taken – Mailbox name invalid'
553 Requested action not taken – Mailbox name invalid
Code:        553
Severity:    permanent
Reason:      user_unknown
Meaning:     The mailbox name is invalid: usually the recipient's address is
             not written correctly.
Fix:         Check the recipient's address (no spaces, accents or missing
             parts) and send again.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
