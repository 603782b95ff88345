$ ovhmail explain --format json < tests/explain/exchange.eml
[
  {
    "code": "550",
    "status": "5.1.1",
    "recipient": "jan@example.nl",
    "kind": "generic",
    "meaning": "550: Requested action not taken: mailbox unavailable (not found, no access, or refused for policy reasons). 5.1.1: Permanent failure, addressing status: bad destination mailbox address.",
    "fix": null,
    "source": null,
    "offers": [],
    "severity": "permanent",
    "reason": "user_unknown",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": null,
    "reply": "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
