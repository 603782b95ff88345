$ ovhmail explain 'wasn'\''t able to establish an SMTP connection' --format json
[
  {
    "code": null,
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "OVHcloud's server could not connect to the recipient's mail server, and gave up after keeping the message 24 hours in its queue.",
    "fix": "Check the recipient's domain and its MX records, and send again later.",
    "source": "OVH-NL legacy help page on e-mail limits (10 MB a message, 24 hours in the spool), undated",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ],
    "severity": "permanent",
    "reason": "network",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "legacy-no-connection",
    "reply": "wasn't able to establish an SMTP connection",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
