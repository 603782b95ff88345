$ ovhmail explain 'authoritative domain detected' --format json
[
  {
    "code": null,
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The domain is declared in authoritative mode on another e-mail platform, so it cannot be added to this one as it is.",
    "fix": "Switch the domain to non-authoritative mode on both platforms, so that they can share it.",
    "source": "OVHcloud guide exchange_adding_domain (en), and the Email Pro guide on adding a domain",
    "offers": [
      "emailpro",
      "exchange"
    ],
    "severity": "permanent",
    "reason": "other",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "authoritative-domain",
    "reply": "authoritative domain detected",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
