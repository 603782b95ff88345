$ ovhmail explain '535 Authentication failed' --format json
[
  {
    "code": "535",
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The server refused the login: the username or the password is wrong, or sending is blocked for this address (for example after spam was sent from it).",
    "fix": "Log in to the webmail with the same address and password: if that fails too, the password is wrong. Otherwise check the address's status in the OVHcloud Control Panel; changing the password can unblock an account blocked for spam.",
    "source": "OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP error codes",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ]
  }
]
--- stderr
--- status 0
