$ ovhmail explain 550 --format json
[
  {
    "code": "550",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The destination server could not verify the address: usually the recipient's address is invalid, but the destination server may also have firewall or connection problems.",
    "fix": "Check the recipient's address for typing mistakes, and try again.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb) = diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ],
    "severity": "permanent",
    "reason": "user_unknown",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "smtp-550",
    "reply": "550",
    "file": null,
    "conflict": null,
    "alternatives": [
      {
        "id": "smtp-550-policy",
        "reply": "550 5.7.1 Email rejected per policy reason",
        "meaning": "The receiving server refused the sending address for security policy reasons, usually detailed with the code; sometimes an IP address in the chain of transmission is on a reject list.",
        "fix": "Read the server's details, and check the reputation of the IP addresses with tools such as MXToolbox, and the chain of transmission with mail-tester.",
        "source": "OVHcloud guide diagnostic_advanced (en-gb) = diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP error codes",
        "offers": [
          "mxplan",
          "zimbra",
          "emailpro",
          "exchange"
        ]
      },
      {
        "id": "smtp-550-auth",
        "reply": "550 5.7.26 This message does not have authentication information or fails to pass authentication checks",
        "meaning": "The receiving server refused the message because the sender's domain has no SPF or DKIM set up, or the message fails those checks.",
        "fix": "Set up an SPF record for the sending domain, and DKIM where the offer has it, then send again.",
        "source": "OVHcloud guide diagnostic_advanced (en-gb) = diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP error codes",
        "offers": [
          "mxplan",
          "zimbra",
          "emailpro",
          "exchange"
        ]
      },
      {
        "id": "cross-domain-from",
        "reply": "550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain",
        "meaning": "Since 20 July 2026 MX Plan, Zimbra and web hosting mail refuse a message whose From address is on another domain than the mailbox the client logged in with.",
        "fix": "Create a mailbox on the domain of the From address and log in with it to send (one mailbox is enough for the domain), or send from an address on the domain you log in with. In Europe, set the domain up on a Zimbra Starter plan and create the mailbox there; in Canada and Asia-Pacific, add the domain to an MX Plan and create the mailbox there. Exchange's Send As and Send on Behalf work only within one domain: they do not lift this rejection.",
        "source": "OVHcloud guide email-rejected-cross-domain-spoofing (ovh/ovhcloud-docs)",
        "offers": [
          "mxplan",
          "zimbra"
        ]
      }
    ]
  }
]
--- stderr
--- status 0
