$ ovhmail explain 'Blocked for SPAM' --format json
[
  {
    "code": null,
    "status": null,
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The account is blocked because it sent spam: the Control Panel shows it as \"Blocked\" (Exchange), \"Spam\" (Email Pro, MX Plan with OWA) or \"Blocked for SPAM\" (MX Plan with Roundcube); on Zimbra, webmail and sending are disabled and no ticket is opened. A blocked account still receives mail.",
    "fix": "Exchange: use Unblock in the Control Panel. Email Pro and MX Plan with OWA: answer the three questions of the ticket OVHcloud opened. MX Plan with Roundcube: do not unblock the address yourself; contact OVHcloud support. Zimbra: no ticket is opened; contact OVHcloud support.",
    "source": "OVHcloud guide locked-for-spam (and locked_for_spam, en-gb, 2024-05-23)",
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
