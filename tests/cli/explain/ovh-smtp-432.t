$ ovhmail explain '432 The recipient'\''s Exchange Server incoming mail queue has been stopped'
432 The recipient's Exchange Server incoming mail queue has been stopped
Code:        432
Severity:    temporary
Reason:      system
Meaning:     The recipient's Microsoft Exchange server has stopped its queue
             of incoming mail. Only Exchange servers return this code; it is
             not the "password transition" of RFC 4954.
Fix:         Contact the administrator of the destination mail server.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
