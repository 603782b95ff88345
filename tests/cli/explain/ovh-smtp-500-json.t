$ ovhmail explain '500 A syntax error: the server could not recognise the command' --format json
[
  {
    "code": "500",
    "status": null,
    "recipient": null,
    "kind": "generic",
    "meaning": "500: Syntax error, command unrecognized.",
    "fix": null,
    "source": null,
    "offers": [],
    "severity": "permanent",
    "reason": "syntax",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": null,
    "reply": "500 A syntax error: the server could not recognise the command",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
