$ ovhmail explain '551 User not local or invalid address – Relay denied'
551 User not local or invalid address – Relay denied
Code:        551
Severity:    permanent
Reason:      relay_denied
Meaning:     The server will not relay the message to another server than
             its own: usually a measure against spam.
Fix:         Check the recipient's address, and contact the provider of the
             outgoing server.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
