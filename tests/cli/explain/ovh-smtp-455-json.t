$ ovhmail explain '455 Server unable to deal with the command at this time' --format json
[
  {
    "code": "455",
    "status": null,
    "recipient": null,
    "kind": "generic",
    "meaning": "455: Server unable to accommodate parameters.",
    "fix": null,
    "source": null,
    "offers": [],
    "severity": "temporary",
    "reason": "other",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": null,
    "reply": "455 Server unable to deal with the command at this time",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
