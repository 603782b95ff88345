$ ovhmail explain '550 Requested action not taken: mailbox unavailable' --format json
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
  }
]
--- stderr
--- status 0
