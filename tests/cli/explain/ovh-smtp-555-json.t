$ ovhmail explain '555 MAIL FROM/RCPT TO parameters not recognized or not implemented' --format json
[
  {
    "code": "555",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The server did not accept the sender or recipient parameters; at OVHcloud this happens when the sending limit is reached.",
    "fix": "Check the sending limit: 200 messages an hour for each account and 300 an hour for each IP address. Wait, then send in smaller batches.",
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
