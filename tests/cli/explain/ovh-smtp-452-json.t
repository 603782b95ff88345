$ ovhmail explain '452 The command has been aborted because the server has insufficient system storage' --format json
[
  {
    "code": "452",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The mail server is overloaded, or too many messages were sent at once.",
    "fix": "Check the outbox, send fewer messages at once, and try again.",
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
    "id": "smtp-452",
    "reply": "452 The command has been aborted because the server has insufficient system storage",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
