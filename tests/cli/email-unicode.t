$ ovhmail imap --format json --email 'jörg@bücher.de'
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
  "username": "jörg@bücher.de",
  "source": "OVH guide g1474, Webhosting: algemene informatie over OVH's gedeelde e-mail"
}
--- stderr
--- status 0
