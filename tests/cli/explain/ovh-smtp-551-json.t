$ ovhmail explain '551 User not local; relay denied' --format json
[
  {
    "code": "551",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The recipient is not local to the server, which refuses to relay the message.",
    "fix": "Check the recipient's address, and that the mail client sends through the outgoing server of its own mail service, logged in.",
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
