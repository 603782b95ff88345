$ ovhmail explain '551 User not local or invalid address – Relay denied' --format json
[
  {
    "code": "551",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The server will not relay the message to another server than its own: usually a measure against spam.",
    "fix": "Check the recipient's address, and contact the provider of the outgoing server.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb) = diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ],
    "severity": "permanent",
    "reason": "relay_denied",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "smtp-551",
    "reply": "551 User not local or invalid address – Relay denied",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
