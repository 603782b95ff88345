$ ovhmail explain '550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain'
550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain
Code:        550 5.7.1
Severity:    permanent
Reason:      policy
Meaning:     Since 20 July 2026 MX Plan, Zimbra and web hosting mail refuse
             a message whose From address is on another domain than the
             mailbox the client logged in with.
Fix:         Create a mailbox on the domain of the From address and log in
             with it to send (one mailbox is enough for the domain), or send
             from an address on the domain you log in with. In Europe, set
             the domain up on a Zimbra Starter plan and create the mailbox
             there; in Canada and Asia-Pacific, add the domain to an MX Plan
             and create the mailbox there. Exchange's Send As and Send on
             Behalf work only within one domain: they do not lift this
             rejection.
Offers:      mxplan, zimbra
Source:      OVHcloud guide email-rejected-cross-domain-spoofing
             (ovh/ovhcloud-docs) (2026-07-16)
--- stderr
--- status 0
