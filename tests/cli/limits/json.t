$ ovhmail limits --offer zimbra --format json
[
  {
    "offer": "zimbra",
    "limit": "account",
    "plan": null,
    "per_hour": 200,
    "size": null,
    "conflict": false,
    "source": "ovh/docs pages/web_cloud/email_and_collaborative_solutions/troubleshooting/diagnostic_advanced (en-gb)",
    "date": "2026-02-20"
  },
  {
    "offer": "zimbra",
    "limit": "ip",
    "plan": null,
    "per_hour": 300,
    "size": null,
    "conflict": false,
    "source": "ovh/docs pages/web_cloud/email_and_collaborative_solutions/troubleshooting/diagnostic_advanced (en-gb)",
    "date": "2026-02-20"
  },
  {
    "offer": "zimbra",
    "limit": "quota",
    "plan": "Zimbra Starter",
    "per_hour": null,
    "size": "15 GB",
    "conflict": false,
    "source": "ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/troubleshooting/email-manage-quota.mdx",
    "date": "2026-09-18"
  },
  {
    "offer": "zimbra",
    "limit": "quota",
    "plan": "Zimbra Pro",
    "per_hour": null,
    "size": "50 GB",
    "conflict": false,
    "source": "ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/troubleshooting/email-manage-quota.mdx",
    "date": "2026-09-18"
  }
]
--- stderr
--- status 0
