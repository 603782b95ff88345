$ ovhmail explain 'blocked for spam'
Blocked for SPAM
Reply:       blocked for spam
Severity:    permanent
Reason:      spam
Meaning:     The address is blocked because suspicious activity (possible
             spam) was detected in what it sent: it can no longer send, but
             still receives mail. The Control Panel shows "Blocked"
             (Exchange; the older Exchange diagnostic guide says "SPAM"),
             "Spam" (Email Pro, MX Plan with OWA) or "Blocked for SPAM" (MX
             Plan with Roundcube); with Zimbra (Zimbra Starter, Zimbra Pro,
             MX Plan with Zimbra) the webmail login is suspended too.
Fix:         First find and fix the cause (devices, software using the
             address, redirections, filters, auto-replies). Exchange: click
             Unblock beside the account, then answer the 3 questions of the
             support ticket; the address is not unblocked automatically.
             Email Pro and MX Plan with OWA: click the "Spam" status, then
             Reply to the ticket and answer its 3 questions. MX Plan with
             Roundcube: do not unblock the address yourself even if the
             interface allows it; create a support ticket. Zimbra: no ticket
             is opened; create one giving the address, the service and its
             identifier, and the corrective actions taken.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide locked-for-spam (ovh/ovhcloud-docs; older
             locked_for_spam, en-gb, 2024-05-23) (2026-05-28)
--- stderr
--- status 0
