$ ovhmail limits --offer emailpro
Email Pro
  Sending: 200 messages an hour per account (ovh/docs pages/web_cloud/email_and_collaborative_solutions/troubleshooting/diagnostic_advanced (en-gb), 2026-02-20)
  Sending: 300 messages an hour per IP address (ovh/docs pages/web_cloud/email_and_collaborative_solutions/troubleshooting/diagnostic_advanced (en-gb), 2026-02-20)
  Quota: 10 GB (ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/faq-emails.mdx, 2026-07-27) or 15 GB (ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/troubleshooting/email-manage-quota.mdx, 2026-09-18): OVHcloud's guides disagree
--- stderr
--- status 0
