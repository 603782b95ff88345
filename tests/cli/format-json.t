$ ovhmail imap --format json
{
  "offer": "mxplan",
  "region": "eu",
  "protocol": "imap",
  "ssl": true,
  "host": "ssl0.ovh.net",
  "port": 993,
  "security": "ssl",
  "auth_required": true,
  "auth_method": "password-cleartext",
  "username": null,
  "source": "OVH guide g1474, Webhosting: algemene informatie over OVH's gedeelde e-mail"
}
--- stderr
--- status 0
