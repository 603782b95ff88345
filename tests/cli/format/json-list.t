$ ovhmail list --format json --region ca
[
  {
    "offer": "mxplan",
    "region": "ca",
    "protocol": "imap",
    "ssl": true,
    "host": "imap.mail.ovh.ca",
    "aliases": [],
    "port": 993,
    "security": "ssl",
    "status": "current",
    "auth_required": true,
    "auth_method": "password-cleartext",
    "username": null,
    "source": "ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016 (en-gb)"
  },
  {
    "offer": "mxplan",
    "region": "ca",
    "protocol": "pop3",
    "ssl": true,
    "host": "pop.mail.ovh.ca",
    "aliases": [],
    "port": 995,
    "security": "ssl",
    "status": "current",
    "auth_required": true,
    "auth_method": "password-cleartext",
    "username": null,
    "source": "ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016 (en-gb)"
  },
  {
    "offer": "mxplan",
    "region": "ca",
    "protocol": "smtp",
    "ssl": true,
    "host": "smtp.mail.ovh.ca",
    "aliases": [],
    "port": 465,
    "security": "ssl",
    "status": "current",
    "auth_required": true,
    "auth_method": "password-cleartext",
    "username": null,
    "source": "ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016 (en-gb)"
  },
  {
    "offer": "mxplan",
    "region": "ca",
    "protocol": "smtp",
    "ssl": false,
    "host": "smtp.mail.ovh.ca",
    "aliases": [],
    "port": 587,
    "security": "starttls",
    "status": "current",
    "auth_required": true,
    "auth_method": "password-cleartext",
    "username": null,
    "source": "ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-thunderbird-windows.mdx"
  }
]
--- stderr
--- status 0
