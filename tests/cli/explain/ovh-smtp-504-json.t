$ ovhmail explain '504 Command parameter not implemented' --format json
[
  {
    "code": "504",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The server recognises a parameter the client used for sending, but it is disabled in the server's configuration.",
    "fix": "Contact the provider of the outgoing (SMTP) server.",
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
    "id": "smtp-504",
    "reply": "504 Command parameter not implemented",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
