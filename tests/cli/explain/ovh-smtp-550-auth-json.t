$ ovhmail explain '550 5.7.26 This message does not have authentication information or fails to pass authentication checks' --format json
[
  {
    "code": "550",
    "status": "5.7.26",
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The receiving server refused the message because the sender's domain has no SPF or DKIM set up, or the message fails those checks.",
    "fix": "Set up an SPF record for the sending domain, and DKIM where the offer has it, then send again.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb) = diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ],
    "severity": "permanent",
    "reason": "authentication",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "smtp-550-auth",
    "reply": "550 5.7.26 This message does not have authentication information or fails to pass authentication checks",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
