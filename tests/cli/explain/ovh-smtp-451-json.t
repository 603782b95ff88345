$ ovhmail explain '451 Requested action aborted – Local error in processing' --format json
[
  {
    "code": "451",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The server hit an error while processing the message: a momentary overload, or an incorrect SPF check of the sending domain.",
    "fix": "Read the server's additional message, and check that the sending domain's SPF record is correct (v=spf1 include:mx.ovh.com ~all for OVHcloud's shared offers). Try again later; if it persists, contact the server's administrator.",
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
    "id": "smtp-451",
    "reply": "451 Requested action aborted – Local error in processing",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
