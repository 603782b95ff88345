$ ovhmail explain '450 Requested action not taken – The user'\''s mailbox is unavailable' --format json
[
  {
    "code": "450",
    "status": null,
    "recipient": null,
    "kind": "generic",
    "meaning": "450: Requested mail action not taken: mailbox unavailable (busy, or temporarily blocked for policy reasons).",
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
    "reply": "450 Requested action not taken – The user's mailbox is unavailable",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
