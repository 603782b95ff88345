$ ovhmail explain '421 Service not available, transmission channel being closed' --format json
[
  {
    "code": "421",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The server is not available at the moment and closed the connection; the cause is undetermined.",
    "fix": "Check that sending to another domain works; if it does, send the original message again later.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb) = diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ],
    "severity": "temporary",
    "reason": "system",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "smtp-421",
    "reply": "421 Service not available, transmission channel being closed",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
