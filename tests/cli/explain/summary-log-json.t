$ ovhmail explain --summary --format json --file tests/explain/mail.log
{
  "messages": 0,
  "lines": 15,
  "failures": 10,
  "left_out": 0,
  "groups": [
    {
      "count": 2,
      "recipients": 2,
      "sample_recipients": [
        "nobody@example.net",
        "bob@example.com"
      ],
      "domains": [
        "example.com",
        "example.net"
      ],
      "code": "550",
      "status": "5.1.1",
      "kind": "generic",
      "severity": "permanent",
      "reason": "user_unknown",
      "meaning": "550: Requested action not taken: mailbox unavailable (not found, no access, or refused for policy reasons). 5.1.1: Permanent failure, addressing status: bad destination mailbox address.",
      "fix": null,
      "source": null,
      "offers": [],
      "remote_hosts": [
        "mx.example.com[198.51.100.20]",
        "mx.example.net[198.51.100.7]"
      ],
      "first_seen": "2026-12-07T03:01:02+01:00",
      "last_seen": "2026-12-07T03:08:00",
      "id": null,
      "conflict": null,
      "recipients_estimated": false
    },
    {
      "count": 2,
      "recipients": 1,
      "sample_recipients": [
        "piet@example.org"
      ],
      "domains": [
        "example.org"
      ],
      "code": null,
      "status": "4.4.1",
      "kind": "generic",
      "severity": "temporary",
      "reason": "network",
      "meaning": "4.4.1: Persistent transient failure, network and routing status: no answer from host.",
      "fix": null,
      "source": null,
      "offers": [],
      "remote_hosts": [
        "mx.example.org[203.0.113.5]"
      ],
      "first_seen": "2026-12-07T03:01:33+01:00",
      "last_seen": "2026-12-07T03:06:30+01:00",
      "id": null,
      "conflict": null,
      "recipients_estimated": false
    },
    {
      "count": 1,
      "recipients": 1,
      "sample_recipients": [
        "full@example.net"
      ],
      "domains": [
        "example.net"
      ],
      "code": "552",
      "status": "5.2.2",
      "kind": "ovhcloud",
      "severity": "permanent",
      "reason": "mailbox_full",
      "meaning": "The recipient's mailbox is full. A full account can still send messages; it can no longer receive them.",
      "fix": "The recipient must free space in the mailbox (delete or archive messages, empty the bin), or raise its quota in the Control Panel where the offer allows it. As the sender, reach the recipient another way.",
      "source": "OVHcloud guide email-manage-quota (and email_manage_quota, 2022-11-17)",
      "offers": [
        "mxplan",
        "zimbra",
        "emailpro",
        "exchange"
      ],
      "remote_hosts": [
        "mx.example.net[198.51.100.7]"
      ],
      "first_seen": "2026-12-07T03:02:10+01:00",
      "last_seen": "2026-12-07T03:02:10+01:00",
      "id": "smtp-552",
      "conflict": null,
      "recipients_estimated": false
    },
    {
      "count": 1,
      "recipients": 1,
      "sample_recipients": [
        "lisa@example.de"
      ],
      "domains": [
        "example.de"
      ],
      "code": "421",
      "status": "4.7.0",
      "kind": "generic",
      "severity": "temporary",
      "reason": "other",
      "meaning": "421: Service not available, closing transmission channel. 4.7.0: Persistent transient failure, security or policy status: other or undefined security status.",
      "fix": null,
      "source": null,
      "offers": [],
      "remote_hosts": [
        "mx.example.de[198.51.100.9]"
      ],
      "first_seen": "2026-12-07T03:03:45+01:00",
      "last_seen": "2026-12-07T03:03:45+01:00",
      "id": null,
      "conflict": null,
      "recipients_estimated": false
    },
    {
      "count": 1,
      "recipients": 1,
      "sample_recipients": [
        "someone@elsewhere.test"
      ],
      "domains": [
        "elsewhere.test"
      ],
      "code": "554",
      "status": "5.7.1",
      "kind": "generic",
      "severity": "permanent",
      "reason": "relay_denied",
      "meaning": "554: Transaction failed (or, on connection, no SMTP service here). 5.7.1: Permanent failure, security or policy status: delivery not authorized, message refused.",
      "fix": null,
      "source": null,
      "offers": [],
      "remote_hosts": [
        "unknown[203.0.113.66]"
      ],
      "first_seen": "2026-12-07T03:04:12+01:00",
      "last_seen": "2026-12-07T03:04:12+01:00",
      "id": null,
      "conflict": null,
      "recipients_estimated": false
    },
    {
      "count": 1,
      "recipients": 0,
      "sample_recipients": [],
      "domains": [],
      "code": null,
      "status": "4.4.7",
      "kind": "generic",
      "severity": "permanent",
      "reason": "expired",
      "meaning": "4.4.7: Persistent transient failure, network and routing status: delivery time expired.",
      "fix": null,
      "source": null,
      "offers": [],
      "remote_hosts": [],
      "first_seen": "2026-12-07T03:05:00+01:00",
      "last_seen": "2026-12-07T03:05:00+01:00",
      "id": null,
      "conflict": null,
      "recipients_estimated": false
    },
    {
      "count": 1,
      "recipients": 1,
      "sample_recipients": [
        "kees@example.nl"
      ],
      "domains": [
        "example.nl"
      ],
      "code": "550",
      "status": "5.7.1",
      "kind": "ovhcloud",
      "severity": "permanent",
      "reason": "policy",
      "meaning": "Since 20 July 2026 MX Plan, Zimbra and web hosting mail refuse a message whose From address is on another domain than the mailbox the client logged in with.",
      "fix": "Create a mailbox on the domain of the From address and log in with it to send (one mailbox is enough for the domain), or send from an address on the domain you log in with. In Europe, set the domain up on a Zimbra Starter plan and create the mailbox there; in Canada and Asia-Pacific, add the domain to an MX Plan and create the mailbox there. Exchange's Send As and Send on Behalf work only within one domain: they do not lift this rejection.",
      "source": "OVHcloud guide email-rejected-cross-domain-spoofing (ovh/ovhcloud-docs)",
      "offers": [
        "mxplan",
        "zimbra"
      ],
      "remote_hosts": [
        "smtp.mail.ovh.net[192.0.2.99]"
      ],
      "first_seen": "2026-12-07T03:07:00+01:00",
      "last_seen": "2026-12-07T03:07:00+01:00",
      "id": "cross-domain-from",
      "conflict": null,
      "recipients_estimated": false
    },
    {
      "count": 1,
      "recipients": 1,
      "sample_recipients": [
        "carol@example.com"
      ],
      "domains": [
        "example.com"
      ],
      "code": "452",
      "status": "4.2.2",
      "kind": "generic",
      "severity": "temporary",
      "reason": "mailbox_full",
      "meaning": "452: Requested action not taken: insufficient system storage. 4.2.2: Persistent transient failure, mailbox status: mailbox full.",
      "fix": null,
      "source": null,
      "offers": [],
      "remote_hosts": [
        "mx.example.com[198.51.100.20]"
      ],
      "first_seen": "2026-12-07T03:09:00",
      "last_seen": "2026-12-07T03:09:00",
      "id": null,
      "conflict": null,
      "recipients_estimated": false
    }
  ]
}
--- stderr
--- status 0
