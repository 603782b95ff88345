$ ovhmail explain '550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain'
550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain
Meaning:   Since 20 July 2026 the server refuses a message whose From
           address is on another domain than the address the client logged
           in with.
Fix:       Create a mailbox on the domain of the From address and log in
           with it (one is enough for the domain), or send from the address
           you log in with. On Exchange, use Send As or Send on Behalf
           instead.
Offers:    mxplan, zimbra
Source:    OVHcloud guide email-rejected-cross-domain-spoofing (2026-07-16)
--- stderr
--- status 0
