$ ovhmail explain '452 Requested action not taken: insufficient system storage'
452 Requested action not taken: insufficient system storage
Meaning:   The server lacks storage for now, or too many messages were sent
           at once.
Fix:       Send fewer messages at once, and try again later.
Offers:    mxplan, zimbra, emailpro, exchange
Source:    OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
