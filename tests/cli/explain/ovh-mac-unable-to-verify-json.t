$ ovhmail explain 'unable to verify account name or password' --format json
[
  {
    "code": null,
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "Mail for Mac shows this message when the window for a Zimbra Pro (EWS) or Exchange account first opens: that is normal. If it stays after you confirm, the details entered are wrong.",
    "fix": "Check the full e-mail address, the password and the server names entered, then confirm again.",
    "source": "OVHcloud guides zimbra_mail_macos (en-gb, 2025) and microsoft_exchange/how_to_configure_mail_macos (en-gb, 2024-04-16), Mail for Mac with Zimbra Pro (EWS) and with Exchange",
    "offers": [
      "zimbra",
      "exchange"
    ],
    "severity": "permanent",
    "reason": "authentication",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "mac-unable-to-verify",
    "reply": "unable to verify account name or password",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
