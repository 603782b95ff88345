$ ovhmail explain '450 Requested mail action not taken: mailbox unavailable' --format json
[
  {
    "code": "450",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The mailbox is unavailable for now: it is busy, or blocked for security reasons or because of a blacklisting.",
    "fix": "Check whether the sending IP address is listed by Spamhaus, then try again later.",
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
