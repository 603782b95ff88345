$ ovhmail explain '550 5.7.1 Rejected per policy' --format json
[
  {
    "code": "550",
    "status": "5.7.1",
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The receiving server refused the message because of its policy, usually because of the sending IP address's reputation.",
    "fix": "Check the reputation of the sending IP address and of the domain with tools such as MXToolbox and mail-tester.",
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
