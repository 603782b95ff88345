$ ovhmail explain '420 Timeout connection problem'
420 Timeout connection problem
Code:        420
Severity:    temporary
Reason:      network
Meaning:     The connection timed out. Only GroupWise mail servers return
             this code.
Fix:         Contact the administrator of the destination mail server.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
