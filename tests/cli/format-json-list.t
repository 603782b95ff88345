$ ovhmail list --format json --region ca
[
  {
    "offer": "mxplan",
    "region": "ca",
    "protocol": "imap",
    "ssl": true,
    "host": "imap.mail.ovh.ca",
    "port": 993,
    "security": "ssl",
    "auth_required": true,
    "auth_method": "password-cleartext",
    "username": null,
    "source": "ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016"
  },
  {
    "offer": "mxplan",
    "region": "ca",
    "protocol": "pop3",
    "ssl": true,
    "host": "pop.mail.ovh.ca",
    "port": 995,
    "security": "ssl",
    "auth_required": true,
    "auth_method": "password-cleartext",
    "username": null,
    "source": "ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016"
  },
  {
    "offer": "mxplan",
    "region": "ca",
    "protocol": "smtp",
    "ssl": true,
    "host": "smtp.mail.ovh.ca",
    "port": 465,
    "security": "ssl",
    "auth_required": true,
    "auth_method": "password-cleartext",
    "username": null,
    "source": "ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016"
  }
]
--- stderr
--- status 0
