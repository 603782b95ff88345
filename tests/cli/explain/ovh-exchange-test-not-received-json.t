$ ovhmail explain 'test email has not been received' --format json
[
  {
    "code": null,
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The Exchange diagnostic's test message did not arrive: the domain's MX records are not valid.",
    "fix": "Check the domain's MX records: mx0 to mx4.mail.ovh.net for the shared offers, or the Exchange server itself when Exchange is used beside mail hosted elsewhere.",
    "source": "OVHcloud guide microsoft_exchange/diagnostic_advanced",
    "offers": [
      "exchange"
    ],
    "severity": "permanent",
    "reason": "host_unknown",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "exchange-test-not-received",
    "reply": "test email has not been received",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
