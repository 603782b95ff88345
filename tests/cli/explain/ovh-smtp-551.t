$ ovhmail explain '551 User not local; relay denied'
551 User not local; relay denied
Meaning:   The recipient is not local to the server, which refuses to relay
           the message.
Fix:       Check the recipient's address, and that the mail client sends
           through the outgoing server of its own mail service, logged in.
Offers:    mxplan, zimbra, emailpro, exchange
Source:    OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
