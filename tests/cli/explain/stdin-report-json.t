$ ovhmail explain --format json < tests/explain/nested-base64.eml
[
  {
    "code": "550",
    "status": "5.7.1",
    "recipient": "ana@example.com",
    "kind": "ovhcloud",
    "meaning": "Since 20 July 2026 the server refuses a message whose From address is on another domain than the address the client logged in with.",
    "fix": "Create a mailbox on the domain of the From address and log in with it (one is enough for the domain), or send from the address you log in with. On Exchange, use Send As or Send on Behalf instead.",
    "source": "OVHcloud guide email-rejected-cross-domain-spoofing",
    "offers": [
      "mxplan",
      "zimbra"
    ]
  }
]
--- stderr
--- status 0
