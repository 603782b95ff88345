$ ovhmail explain '451 Requested action aborted: local error in processing' --format json
[
  {
    "code": "451",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The server hit an error while processing the message: a momentary overload, or an incorrect SPF check of the sending domain.",
    "fix": "Try again later, and check that the sending domain's SPF record is correct (v=spf1 include:mx.ovh.com ~all for OVHcloud's shared offers).",
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
