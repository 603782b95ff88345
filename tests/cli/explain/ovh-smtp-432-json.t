$ ovhmail explain '432 The recipient'\''s Exchange Server incoming mail queue has been stopped' --format json
[
  {
    "code": "432",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The recipient's Microsoft Exchange server has stopped its queue of incoming mail. Only Exchange servers return this code; it is not the \"password transition\" of RFC 4954.",
    "fix": "Contact the administrator of the destination mail server.",
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
    "id": "smtp-432",
    "reply": "432 The recipient's Exchange Server incoming mail queue has been stopped",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
