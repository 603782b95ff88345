$ ovhmail explain 550 --format json
[
  {
    "code": "550",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The recipient's mailbox is unavailable: usually the recipient address does not exist.",
    "fix": "Check the recipient's address for typing mistakes, and ask the recipient for the right one.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ]
  },
  {
    "code": "550",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The receiving server refused the message because of its policy, usually because of the sending IP address's reputation.",
    "fix": "Check the reputation of the sending IP address and of the domain with tools such as MXToolbox and mail-tester.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ]
  },
  {
    "code": "550",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The receiving server refused the message because it carries no SPF or DKIM authentication, or it fails them.",
    "fix": "Set up SPF and DKIM for the sending domain (and DMARC), then send again.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ]
  },
  {
    "code": "550",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "Since 20 July 2026 the server refuses a message whose From address is on another domain than the address the client logged in with.",
    "fix": "Create a mailbox on the domain of the From address and log in with it (one is enough for the domain), or send from the address you log in with. On Exchange, use Send As or Send on Behalf instead.",
    "source": "OVHcloud guide email-rejected-cross-domain-spoofing",
    "offers": [
      "mxplan",
      "zimbra"
    ]
  }
]
--- stderr
--- status 0
