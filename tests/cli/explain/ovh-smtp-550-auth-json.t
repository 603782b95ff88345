$ ovhmail explain '550 5.7.26 Unauthenticated email is not accepted' --format json
[
  {
    "code": "550",
    "status": "5.7.26",
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
  }
]
--- stderr
--- status 0
