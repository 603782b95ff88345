$ ovhmail explain '420 Timeout connection problem' --format json
[
  {
    "code": "420",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The connection timed out. Only GroupWise mail servers return this code.",
    "fix": "Contact the administrator of the destination mail server.",
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
    "id": "smtp-420",
    "reply": "420 Timeout connection problem",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
