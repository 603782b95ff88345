$ ovhmail explain '554 Transaction failed, "No SMTP service here"' --format json
[
  {
    "code": "554",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The transaction failed, usually because of a blacklist problem.",
    "fix": "Check whether the sending mail server's IP address is on a blacklist (Spamhaus), and have it removed.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb) = diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ],
    "severity": "permanent",
    "reason": "blacklisted",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "smtp-554",
    "reply": "554 Transaction failed, \"No SMTP service here\"",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
