$ ovhmail explain --summary --file tests/explain/mail.log
10 failures in 0 messages and 15 log lines

   COUNT RECIPIENTS  SEVERITY   REASON          ERROR
       2          2  permanent  user_unknown    550 5.1.1
       2          1  temporary  network         4.4.1
       1          1  permanent  mailbox_full    552 5.2.2 Requested mail action aborted: exceeded storage allocation
       1          1  temporary  other           421 4.7.0
       1          1  permanent  relay_denied    554 5.7.1
       1          0  permanent  expired         4.4.7
       1          1  permanent  policy          550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain
       1          1  temporary  mailbox_full    452 4.2.2

550 5.1.1 (permanent, user_unknown)
Recipients:   nobody@example.net, bob@example.com
Domains:      example.com (1), example.net (1)
Remote hosts: mx.example.com[198.51.100.20] (1),
              mx.example.net[198.51.100.7] (1)
First seen:   2026-12-07T03:01:02+01:00
Last seen:    2026-12-07T03:08:00
Meaning:      550: Requested action not taken: mailbox unavailable (not
              found, no access, or refused for policy reasons). 5.1.1:
              Permanent failure, addressing status: bad destination mailbox
              address.
Kind:         generic: what the standards say the codes mean, not advice
              from OVHcloud
Source:       RFC 5321 (SMTP), section 4.2 (2008-10); RFC 3463 (enhanced
              status codes) (2003-01)

4.4.1 (temporary, network)
Recipients:   piet@example.org
Domains:      example.org (2)
Remote hosts: mx.example.org[203.0.113.5] (2)
First seen:   2026-12-07T03:01:33+01:00
Last seen:    2026-12-07T03:06:30+01:00
Meaning:      4.4.1: Persistent transient failure, network and routing
              status: no answer from host.
Kind:         generic: what the standards say the codes mean, not advice
              from OVHcloud
Source:       RFC 3463 (enhanced status codes) (2003-01)

552 5.2.2 Requested mail action aborted: exceeded storage allocation (permanent, mailbox_full)
Recipients:   full@example.net
Domains:      example.net (1)
Remote hosts: mx.example.net[198.51.100.7] (1)
First seen:   2026-12-07T03:02:10+01:00
Last seen:    2026-12-07T03:02:10+01:00
Meaning:      The recipient's mailbox is full. A full account can still send
              messages; it can no longer receive them.
Fix:          The recipient must free space in the mailbox (delete or
              archive messages, empty the bin), or raise its quota in the
              Control Panel where the offer allows it. As the sender, reach
              the recipient another way.
Offers:       mxplan, zimbra, emailpro, exchange
Source:       OVHcloud guide email-manage-quota (and email_manage_quota,
              2022-11-17) (2026-09-18)

421 4.7.0 (temporary, other)
Recipients:   lisa@example.de
Domains:      example.de (1)
Remote hosts: mx.example.de[198.51.100.9] (1)
First seen:   2026-12-07T03:03:45+01:00
Last seen:    2026-12-07T03:03:45+01:00
Meaning:      421: Service not available, closing transmission channel.
              4.7.0: Persistent transient failure, security or policy
              status: other or undefined security status.
Kind:         generic: what the standards say the codes mean, not advice
              from OVHcloud
Source:       RFC 5321 (SMTP), section 4.2 (2008-10); RFC 3463 (enhanced
              status codes) (2003-01)

554 5.7.1 (permanent, relay_denied)
Recipients:   someone@elsewhere.test
Domains:      elsewhere.test (1)
Remote hosts: unknown[203.0.113.66] (1)
First seen:   2026-12-07T03:04:12+01:00
Last seen:    2026-12-07T03:04:12+01:00
Meaning:      554: Transaction failed (or, on connection, no SMTP service
              here). 5.7.1: Permanent failure, security or policy status:
              delivery not authorized, message refused.
Kind:         generic: what the standards say the codes mean, not advice
              from OVHcloud
Source:       RFC 5321 (SMTP), section 4.2 (2008-10); RFC 3463 (enhanced
              status codes) (2003-01)

4.4.7 (permanent, expired)
First seen:   2026-12-07T03:05:00+01:00
Last seen:    2026-12-07T03:05:00+01:00
Meaning:      4.4.7: Persistent transient failure, network and routing
              status: delivery time expired.
Kind:         generic: what the standards say the codes mean, not advice
              from OVHcloud
Source:       RFC 3463 (enhanced status codes) (2003-01)

550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain (permanent, policy)
Recipients:   kees@example.nl
Domains:      example.nl (1)
Remote hosts: smtp.mail.ovh.net[192.0.2.99] (1)
First seen:   2026-12-07T03:07:00+01:00
Last seen:    2026-12-07T03:07:00+01:00
Meaning:      Since 20 July 2026 MX Plan, Zimbra and web hosting mail refuse
              a message whose From address is on another domain than the
              mailbox the client logged in with.
Fix:          Create a mailbox on the domain of the From address and log in
              with it to send (one mailbox is enough for the domain), or
              send from an address on the domain you log in with. In Europe,
              set the domain up on a Zimbra Starter plan and create the
              mailbox there; in Canada and Asia-Pacific, add the domain to
              an MX Plan and create the mailbox there. Exchange's Send As
              and Send on Behalf work only within one domain: they do not
              lift this rejection.
Offers:       mxplan, zimbra
Source:       OVHcloud guide email-rejected-cross-domain-spoofing
              (ovh/ovhcloud-docs) (2026-07-16)

452 4.2.2 (temporary, mailbox_full)
Recipients:   carol@example.com
Domains:      example.com (1)
Remote hosts: mx.example.com[198.51.100.20] (1)
First seen:   2026-12-07T03:09:00
Last seen:    2026-12-07T03:09:00
Meaning:      452: Requested action not taken: insufficient system storage.
              4.2.2: Persistent transient failure, mailbox status: mailbox
              full.
Kind:         generic: what the standards say the codes mean, not advice
              from OVHcloud
Source:       RFC 5321 (SMTP), section 4.2 (2008-10); RFC 3463 (enhanced
              status codes) (2003-01)
--- stderr
--- status 0
