$ ovhmail explain '452 The command has been aborted because the server has insufficient system storage'
452 The command has been aborted because the server has insufficient system storage
Code:        452
Severity:    temporary
Reason:      system
Meaning:     The mail server is overloaded, or too many messages were sent
             at once.
Fix:         Check the outbox, send fewer messages at once, and try again.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
