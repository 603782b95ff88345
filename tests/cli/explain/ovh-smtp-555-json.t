$ ovhmail explain '555 MAIL FROM / RCPT TO, unrecognised or unimplemented arguments' --format json
[
  {
    "code": "555",
    "status": null,
    "recipient": null,
    "kind": "generic",
    "meaning": "555: MAIL FROM/RCPT TO parameters not recognized or not implemented.",
    "fix": null,
    "source": null,
    "offers": [],
    "severity": "permanent",
    "reason": "other",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": null,
    "reply": "555 MAIL FROM / RCPT TO, unrecognised or unimplemented arguments",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
