$ ovhmail explain '550 5.7.1 Email rejected per policy reason' --format json
[
  {
    "code": "550",
    "status": "5.7.1",
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The receiving server refused the sending address for security policy reasons, usually detailed with the code; sometimes an IP address in the chain of transmission is on a reject list.",
    "fix": "Read the server's details, and check the reputation of the IP addresses with tools such as MXToolbox, and the chain of transmission with mail-tester.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb) = diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ],
    "severity": "permanent",
    "reason": "policy",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "smtp-550-policy",
    "reply": "550 5.7.1 Email rejected per policy reason",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
