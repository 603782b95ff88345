$ ovhmail explain '421 Service not available, closing transmission channel'
421 Service not available, closing transmission channel
Meaning:   The server is not available at the moment and closed the
           connection.
Fix:       Check that sending to another domain works, then try again later.
Offers:    mxplan, zimbra, emailpro, exchange
Source:    OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
