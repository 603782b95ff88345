$ ovhmail explain '503 Bad sequence of commands' --format json
[
  {
    "code": "503",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The client sent the SMTP commands in the wrong order, usually because it did not log in before sending.",
    "fix": "Make sure the mail client logs in to the outgoing (SMTP) server: turn on SMTP authentication, with the full e-mail address as the username.",
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
