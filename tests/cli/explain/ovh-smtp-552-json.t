$ ovhmail explain '552 5.2.2 Requested mail action aborted: exceeded storage allocation' --format json
[
  {
    "code": "552",
    "status": "5.2.2",
    "recipient": null,
    "kind": "ovhcloud",
    "meaning": "The recipient's mailbox is full. A full account can still send messages; it can no longer receive them.",
    "fix": "The recipient must free space in the mailbox (delete or archive messages, empty the bin), or raise its quota in the Control Panel where the offer allows it. As the sender, reach the recipient another way.",
    "source": "OVHcloud guide email-manage-quota (and email_manage_quota, 2022-11-17)",
    "offers": [
      "mxplan",
      "zimbra",
      "emailpro",
      "exchange"
    ],
    "severity": "permanent",
    "reason": "mailbox_full",
    "status_inferred": false,
    "time": null,
    "remote_host": null,
    "queue_id": null,
    "id": "smtp-552",
    "reply": "552 5.2.2 Requested mail action aborted: exceeded storage allocation",
    "file": null,
    "conflict": null,
    "alternatives": []
  }
]
--- stderr
--- status 0
