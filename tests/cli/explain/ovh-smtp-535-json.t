$ ovhmail explain '535 Authentication failed' --format json
[
  {
    "code": "535",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The server refused the login: the username or the password is wrong, or sending is blocked for this address (for example after spam was sent from it).",
    "fix": "Log in to the webmail with the same address and password: if that fails too, the password is wrong. Otherwise check the address's status in the OVHcloud Control Panel; changing the password can unblock an account blocked for spam.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb) = diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ],
    "severity": "permanent",
    "reason": "authentication",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "smtp-535",
    "reply": "535 Authentication failed",
    "file": null,
    "conflict": {
      "fix": "Changing the password is not systematic: change it only if a compromise is suspected (an infected device, leaked or shared credentials, unauthorised access). To unblock an address blocked for spam, find and fix the cause, then go through OVHcloud support.",
      "source": "OVHcloud guide locked-for-spam (ovh/ovhcloud-docs; older locked_for_spam, en-gb, 2024-05-23)"
    },
    "alternatives": []
  }
]
--- stderr
--- status 0
