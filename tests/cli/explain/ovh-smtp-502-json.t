$ ovhmail explain '502 Command not implemented' --format json
[
  {
    "code": "502",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The server recognises a setting or option the client used for sending, but it is disabled in the server's configuration.",
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
    "id": "smtp-502",
    "reply": "502 Command not implemented",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
