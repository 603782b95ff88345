$ ovhmail explain '553 Requested action not taken – Mailbox name invalid' --format json
[
  {
    "code": "553",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The mailbox name is invalid: usually the recipient's address is not written correctly.",
    "fix": "Check the recipient's address (no spaces, accents or missing parts) and send again.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb) = diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ],
    "severity": "permanent",
    "reason": "user_unknown",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "smtp-553-mailbox",
    "reply": "553 Requested action not taken – Mailbox name invalid",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
