$ ovhmail explain '554 Transaction failed' --format json
[
  {
    "code": "554",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The transaction failed, usually because of a blacklist problem.",
    "fix": "Check whether the sending IP address or domain is on a blacklist (Spamhaus, MXToolbox), and have it removed.",
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
