$ ovhmail explain --file tests/explain/mail.log
550 5.1.1
Recipient:   nobody@example.net
Reply:       550 5.1.1 <nobody@example.net>: Recipient address rejected:
             User unknown in virtual mailbox table
File:        tests/explain/mail.log
Severity:    permanent
Reason:      user_unknown
Time:        2026-12-07T03:01:02+01:00
Remote host: mx.example.net[198.51.100.7]
Queue ID:    4F3A212345
Meaning:     550: Requested action not taken: mailbox unavailable (not
             found, no access, or refused for policy reasons). 5.1.1:
             Permanent failure, addressing status: bad destination mailbox
             address.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 5321 (SMTP), section 4.2 (2008-10); RFC 3463 (enhanced
             status codes) (2003-01)

4.4.1
Recipient:   piet@example.org
Reply:       connect to mx.example.org[203.0.113.5]:25: Connection timed out
File:        tests/explain/mail.log
Severity:    temporary
Reason:      network
Time:        2026-12-07T03:01:33+01:00
Remote host: mx.example.org[203.0.113.5]
Queue ID:    4F3A212345
Meaning:     4.4.1: Persistent transient failure, network and routing
             status: no answer from host.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 3463 (enhanced status codes) (2003-01)

552 5.2.2 Requested mail action aborted: exceeded storage allocation
Recipient:   full@example.net
Reply:       552 5.2.2 <full@example.net>: Mailbox full
File:        tests/explain/mail.log
Code:        552 5.2.2
Severity:    permanent
Reason:      mailbox_full
Time:        2026-12-07T03:02:10+01:00
Remote host: mx.example.net[198.51.100.7]
Queue ID:    5B6C7D8E9F
Meaning:     The recipient's mailbox is full. A full account can still send
             messages; it can no longer receive them.
Fix:         The recipient must free space in the mailbox (delete or archive
             messages, empty the bin), or raise its quota in the Control
             Panel where the offer allows it. As the sender, reach the
             recipient another way.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide email-manage-quota (and email_manage_quota,
             2022-11-17) (2026-09-18)

421 4.7.0
Recipient:   lisa@example.de
Reply:       421 4.7.0 Try again later, closing connection
File:        tests/explain/mail.log
Severity:    temporary
Reason:      other
Time:        2026-12-07T03:03:45+01:00
Remote host: mx.example.de[198.51.100.9]
Queue ID:    6A7B8C9D0E
Meaning:     421: Service not available, closing transmission channel.
             4.7.0: Persistent transient failure, security or policy status:
             other or undefined security status.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 5321 (SMTP), section 4.2 (2008-10); RFC 3463 (enhanced
             status codes) (2003-01)

554 5.7.1
Recipient:   someone@elsewhere.test
Reply:       554 5.7.1 <someone@elsewhere.test>: Relay access denied
File:        tests/explain/mail.log
Severity:    permanent
Reason:      relay_denied
Time:        2026-12-07T03:04:12+01:00
Remote host: unknown[203.0.113.66]
Meaning:     554: Transaction failed (or, on connection, no SMTP service
             here). 5.7.1: Permanent failure, security or policy status:
             delivery not authorized, message refused.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 5321 (SMTP), section 4.2 (2008-10); RFC 3463 (enhanced
             status codes) (2003-01)

4.4.7
Reply:       expired
File:        tests/explain/mail.log
Severity:    permanent
Reason:      expired
Time:        2026-12-07T03:05:00+01:00
Queue ID:    7F8E9D0C1B
Meaning:     4.4.7: Persistent transient failure, network and routing
             status: delivery time expired.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 3463 (enhanced status codes) (2003-01)

4.4.1
Recipient:   piet@example.org
Reply:       connect to mx.example.org[203.0.113.5]:25: Connection timed out
File:        tests/explain/mail.log
Severity:    temporary
Reason:      network
Time:        2026-12-07T03:06:30+01:00
Remote host: mx.example.org[203.0.113.5]
Queue ID:    8A9B0C1D2E
Meaning:     4.4.1: Persistent transient failure, network and routing
             status: no answer from host.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 3463 (enhanced status codes) (2003-01)

550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain
Recipient:   kees@example.nl
File:        tests/explain/mail.log
Code:        550 5.7.1
Severity:    permanent
Reason:      policy
Time:        2026-12-07T03:07:00+01:00
Remote host: smtp.mail.ovh.net[192.0.2.99]
Queue ID:    9B0C1D2E3F
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

550 5.1.1
Recipient:   bob@example.com
Reply:       550 5.1.1 <bob@example.com>: User unknown
File:        tests/explain/mail.log
Severity:    permanent
Reason:      user_unknown
Time:        2026-12-07T03:08:00
Remote host: mx.example.com[198.51.100.20]
Queue ID:    1vAbCd-000123-XY
Meaning:     550: Requested action not taken: mailbox unavailable (not
             found, no access, or refused for policy reasons). 5.1.1:
             Permanent failure, addressing status: bad destination mailbox
             address.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 5321 (SMTP), section 4.2 (2008-10); RFC 3463 (enhanced
             status codes) (2003-01)

452 4.2.2
Recipient:   carol@example.com
Reply:       452 4.2.2 Mailbox full
File:        tests/explain/mail.log
Severity:    temporary
Reason:      mailbox_full
Time:        2026-12-07T03:09:00
Remote host: mx.example.com[198.51.100.20]
Queue ID:    1vAbCe-000124-XY
Meaning:     452: Requested action not taken: insufficient system storage.
             4.2.2: Persistent transient failure, mailbox status: mailbox
             full.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 5321 (SMTP), section 4.2 (2008-10); RFC 3463 (enhanced
             status codes) (2003-01)
--- stderr
--- status 0
