$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail limits
MX Plan
  Verzenden: 200 berichten per uur per account (ovh/docs pages/web_cloud/email_and_collaborative_solutions/troubleshooting/diagnostic_advanced (en-gb), 2026-02-20)
  Verzenden: 300 berichten per uur per IP-adres (ovh/docs pages/web_cloud/email_and_collaborative_solutions/troubleshooting/diagnostic_advanced (en-gb), 2026-02-20)
  Quotum: 2,5 MB to 5 GB (ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/troubleshooting/email-manage-quota.mdx, 2026-09-18)
--- stderr
--- status 0
