$ ovhmail explain '553 Requested action not taken: mailbox name not allowed' --format json
[
  {
    "code": "553",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The mailbox name is invalid: the recipient address is not written correctly.",
    "fix": "Check the recipient's address (no spaces, accents or missing parts) and send again.",
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
