$ ovhmail explain 'Blocked for SPAM'
Blocked for SPAM
Meaning:   The account is blocked because it sent spam: the Control Panel
           shows it as "Blocked" (Exchange), "Spam" (Email Pro, MX Plan with
           OWA) or "Blocked for SPAM" (MX Plan with Roundcube); on Zimbra,
           webmail and sending are disabled and no ticket is opened. A
           blocked account still receives mail.
Fix:       Exchange: use Unblock in the Control Panel. Email Pro and MX Plan
           with OWA: answer the three questions of the ticket OVHcloud
           opened. MX Plan with Roundcube: do not unblock the address
           yourself; contact OVHcloud support. Zimbra: no ticket is opened;
           contact OVHcloud support.
Offers:    mxplan, zimbra, emailpro, exchange
Source:    OVHcloud guide locked-for-spam (and locked_for_spam, en-gb,
           2024-05-23) (2026-05-28)
--- stderr
--- status 0
