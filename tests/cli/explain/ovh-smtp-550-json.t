$ ovhmail explain '550 Requested action not performed: mailbox unavailable' --format json
[
  {
    "code": "550",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The destination server could not verify the address: usually the recipient's address is invalid, but the destination server may also have firewall or connection problems.",
    "fix": "Check the recipient's address for typing mistakes, and try again.",
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
    "id": "smtp-550",
    "reply": "550 Requested action not performed: mailbox unavailable",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
