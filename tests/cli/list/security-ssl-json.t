$ ovhmail list --offer exchange --region ca --security ssl --format json
[
  {
    "offer": "exchange",
    "region": "ca",
    "protocol": "imap",
    "ssl": true,
    "host": "ex.mail.ovh.ca",
    "aliases": [],
    "port": 993,
    "security": "ssl",
    "status": "current",
    "auth_required": true,
    "auth_method": "password-cleartext",
    "username": null,
    "source": "ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/how_to_configure_thunderbird (en-ca)"
  },
  {
    "offer": "exchange",
    "region": "ca",
    "protocol": "pop3",
    "ssl": true,
    "host": "ex.mail.ovh.ca",
    "aliases": [],
    "port": 995,
    "security": "ssl",
    "status": "current",
    "auth_required": true,
    "auth_method": "password-cleartext",
    "username": null,
    "source": "ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/how_to_configure_thunderbird (en-ca)"
  }
]
--- stderr
--- status 0
