$ ovhmail explain '449 A routing error' --format json
[
  {
    "code": "449",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "A routing error. Only Microsoft Exchange servers return this code.",
    "fix": "Microsoft recommends running a diagnostic with its WinRoute tool.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb) = diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ],
    "severity": "temporary",
    "reason": "network",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "smtp-449",
    "reply": "449 A routing error",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
