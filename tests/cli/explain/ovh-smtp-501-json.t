$ ovhmail explain '501 Syntax error in parameters or arguments' --format json
[
  {
    "code": "501",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The server did not accept a command's parameters, often because the recipient's address is wrong, or because of the sender's antivirus or firewall.",
    "fix": "Check the recipient's address, and the antivirus and firewall on the sending computer.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb) = diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ],
    "severity": "permanent",
    "reason": "syntax",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "smtp-501",
    "reply": "501 Syntax error in parameters or arguments",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
