$ ovhmail explain '449 A routing error'
449 A routing error
Code:        449
Severity:    temporary
Reason:      network
Meaning:     A routing error. Only Microsoft Exchange servers return this
             code.
Fix:         Microsoft recommends running a diagnostic with its WinRoute
             tool.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
