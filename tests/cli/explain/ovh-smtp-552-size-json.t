$ ovhmail explain '552 5.3.4 Message size exceeds fixed limit' --format json
[
  {
    "code": "552",
    "status": "5.3.4",
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The message is larger than the server accepts. OVHcloud's current guides give no figure (\"there is a size limit\"); a legacy OVH page gave 10 MB.",
    "fix": "Send fewer or smaller attachments; share large files as a link instead, for example with plik.ovh.",
    "source": "OVHcloud guide faq-emails (MX Plan)",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ],
    "severity": "permanent",
    "reason": "message_too_big",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "smtp-552-size",
    "reply": "552 5.3.4 Message size exceeds fixed limit",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
