$ ovhmail explain '421 Service not available, transmission channel being closed'
421 Service not available, transmission channel being closed
Code:        421
Severity:    temporary
Reason:      system
Meaning:     The server is not available at the moment and closed the
             connection; the cause is undetermined.
Fix:         Check that sending to another domain works; if it does, send
             the original message again later.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
