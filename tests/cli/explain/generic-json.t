$ ovhmail explain --format json 554 5.7.1 Relay access denied
[
  {
    "code": "554",
    "status": "5.7.1",
    "recipient": null,
    "kind": "generic",
    "meaning": "554: Transaction failed (or, on connection, no SMTP service here). 5.7.1: Permanent failure, security or policy status: delivery not authorized, message refused.",
    "fix": null,
    "source": null,
    "offers": [],
    "severity": "permanent",
    "reason": "relay_denied",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": null,
    "reply": "554 5.7.1 Relay access denied",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
