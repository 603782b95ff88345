$ ovhmail explain < tests/explain/qmail.eml
550 5.1.1
Recipient:   nobody@example.com
Reply:       Remote host said: 550 5.1.1 <nobody@example.com>: Recipient
             address rejected: User unknown
Severity:    permanent
Reason:      user_unknown
Meaning:     550: Requested action not taken: mailbox unavailable (not
             found, no access, or refused for policy reasons). 5.1.1:
             Permanent failure, addressing status: bad destination mailbox
             address.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 5321 (SMTP), section 4.2 (2008-10); RFC 3463 (enhanced
             status codes) (2003-01)

Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.
Recipient:   frank@example.fr
Reply:       Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)
Code:        4.4.1
Severity:    permanent
Reason:      network
Meaning:     OVHcloud's server could not connect to the recipient's mail
             server, and gave up after keeping the message 24 hours in its
             queue.
Fix:         Check the recipient's domain and its MX records, and send again
             later.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVH-NL legacy help page on e-mail limits (10 MB a message, 24
             hours in the spool), undated (undated)
--- stderr
--- status 0
