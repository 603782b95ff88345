$ ovhmail explain 553 --format json
[
  {
    "code": "553",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The mailbox name is invalid: usually the recipient's address is not written correctly.",
    "fix": "Check the recipient's address (no spaces, accents or missing parts) and send again.",
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
    "id": "smtp-553-mailbox",
    "reply": "553",
    "file": null,
    "conflict": null,
    "alternatives": [
      {
        "id": "smtp-553-relay",
        "reply": "553 sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1)",
        "meaning": "The outgoing server refused the message because the client sent it without logging in: OVHcloud's SMTP servers relay mail only for authenticated users, and \"POP before SMTP\" is not supported.",
        "fix": "Turn on SMTP authentication in the mail client's outgoing server settings (\"my outgoing server requires authentication\", normal password), with the full e-mail address as the username and the mailbox password set in the OVHcloud Control Panel.",
        "source": "OVH guide g1474, Webhosting: algemene informatie over OVH's gedeelde e-mail",
        "offers": [
          "mxplan",
          "zimbra",
          "emailpro",
          "exchange"
        ]
      }
    ]
  }
]
--- stderr
--- status 0
