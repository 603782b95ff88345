$ ovhmail explain '452 Requested action not taken: insufficient system storage' --format json
[
  {
    "code": "452",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The server lacks storage for now, or too many messages were sent at once.",
    "fix": "Send fewer messages at once, and try again later.",
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
