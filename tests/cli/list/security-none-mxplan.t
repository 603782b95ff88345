$ ovhmail list --security none
MX Plan, Europe
PROTOCOL  SSL  SERVER         PORT  SECURITY  AUTHENTICATION             STATUS
IMAP      off  ssl0.ovh.net    143  none      required, normal password  legacy
POP3      off  ssl0.ovh.net    110  none      required, normal password  legacy
Username: the full e-mail address
IMAP ssl0.ovh.net is also named: imap.mail.ovh.net
POP3 ssl0.ovh.net is also named: pop.mail.ovh.net
Legacy: current OVHcloud guides list SSL/TLS only
--- stderr
--- status 0
