$ ovhmail explain '504 Command parameter not implemented'
504 Command parameter not implemented
Code:        504
Severity:    permanent
Reason:      syntax
Meaning:     The server recognises a parameter the client used for sending,
             but it is disabled in the server's configuration.
Fix:         Contact the provider of the outgoing (SMTP) server.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
