$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail limits
MX Plan
  Envoi : 200 messages par heure par compte (ovh/docs pages/web_cloud/email_and_collaborative_solutions/troubleshooting/diagnostic_advanced (en-gb), 2026-02-20)
  Envoi : 300 messages par heure par adresse IP (ovh/docs pages/web_cloud/email_and_collaborative_solutions/troubleshooting/diagnostic_advanced (en-gb), 2026-02-20)
  Quota : 2,5 MB to 5 GB (ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/troubleshooting/email-manage-quota.mdx, 2026-09-18)
--- stderr
--- status 0
