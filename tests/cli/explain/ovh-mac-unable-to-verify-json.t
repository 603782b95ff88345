$ ovhmail explain 'Unable to verify account name or password' --format json
[
  {
    "code": null,
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "Mail for Mac shows this message when the Zimbra Pro (EWS) account window first opens: that is normal. If it stays after you confirm, the details entered are wrong.",
    "fix": "Check the full e-mail address, the password and the server names entered, then confirm again.",
    "source": "OVHcloud guide zimbra_mail_macos (en-gb)",
    "offers": [
      "zimbra"
    ]
  }
]
--- stderr
--- status 0
