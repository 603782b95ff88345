$ ovhmail imap --format json --email 'jörg@bücher.de'
{
  "offer": "mxplan",
  "region": "eu",
  "protocol": "imap",
  "ssl": true,
  "host": "ssl0.ovh.net",
  "aliases": [
    "imap.mail.ovh.net"
  ],
  "port": 993,
  "security": "ssl",
  "status": "current",
  "auth_required": true,
  "auth_method": "password-cleartext",
  "username": "jörg@bücher.de",
  "source": "ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016 (en-gb)"
}
--- stderr
--- status 0
