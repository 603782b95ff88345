$ ovhmail explain '503 Server encountered bad sequence of commands'
503 Server encountered bad sequence of commands
Code:        503
Severity:    permanent
Reason:      syntax
Meaning:     The client sent the SMTP commands in the wrong order, usually
             because it did not log in before sending.
Fix:         Make sure the mail client logs in to the outgoing (SMTP)
             server: turn on SMTP authentication, with the full e-mail
             address as the username.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
