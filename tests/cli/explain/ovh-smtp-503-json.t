$ ovhmail explain '503 Server encountered bad sequence of commands' --format json
[
  {
    "code": "503",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The client sent the SMTP commands in the wrong order, usually because it did not log in before sending.",
    "fix": "Make sure the mail client logs in to the outgoing (SMTP) server: turn on SMTP authentication, with the full e-mail address as the username.",
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
    "id": "smtp-503",
    "reply": "503 Server encountered bad sequence of commands",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
