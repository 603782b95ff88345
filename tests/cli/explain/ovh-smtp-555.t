$ ovhmail explain '555 MAIL FROM/RCPT TO parameters not recognized or not implemented'
555 MAIL FROM/RCPT TO parameters not recognized or not implemented
Meaning:   The server did not accept the sender or recipient parameters; at
           OVHcloud this happens when the sending limit is reached.
Fix:       Check the sending limit: 200 messages an hour for each account
           and 300 an hour for each IP address. Wait, then send in smaller
           batches.
Offers:    mxplan, zimbra, emailpro, exchange
Source:    OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
