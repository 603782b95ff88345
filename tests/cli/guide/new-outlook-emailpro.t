$ ovhmail guide new-outlook --offer emailpro --server 3 -e jan@example.nl
Email Pro, Europe: New Outlook (Windows)
1.  OVHcloud's guide to the new Outlook for Windows covers MX Plan and
    Zimbra Starter only: for Email Pro, use classic Outlook ("ovhmail guide
    outlook") or Thunderbird ("ovhmail guide thunderbird").
Sources:
  ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-windows-10.mdx: the new Outlook for Windows, MX Plan and Zimbra Starter (2026-06-08)
--- stderr
--- status 0
