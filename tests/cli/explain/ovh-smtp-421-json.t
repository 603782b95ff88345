$ ovhmail explain '421 Service not available, closing transmission channel' --format json
[
  {
    "code": "421",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The server is not available at the moment and closed the connection.",
    "fix": "Check that sending to another domain works, then try again later.",
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
