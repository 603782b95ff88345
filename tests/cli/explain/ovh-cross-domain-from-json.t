$ ovhmail explain '550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain' --format json
[
  {
    "code": "550",
    "status": "5.7.1",
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "Since 20 July 2026 MX Plan, Zimbra and web hosting mail refuse a message whose From address is on another domain than the mailbox the client logged in with.",
    "fix": "Create a mailbox on the domain of the From address and log in with it to send (one mailbox is enough for the domain), or send from an address on the domain you log in with. In Europe, set the domain up on a Zimbra Starter plan and create the mailbox there; in Canada and Asia-Pacific, add the domain to an MX Plan and create the mailbox there. Exchange's Send As and Send on Behalf work only within one domain: they do not lift this rejection.",
    "source": "OVHcloud guide email-rejected-cross-domain-spoofing (ovh/ovhcloud-docs)",
    "offers": [
      "mxplan",
      "zimbra"
    ],
    "severity": "permanent",
    "reason": "policy",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "cross-domain-from",
    "reply": "550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
