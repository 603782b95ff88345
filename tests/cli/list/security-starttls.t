$ ovhmail list --security starttls
MX Plan, Europe
PROTOCOL  SSL  SERVER         PORT  SECURITY  AUTHENTICATION             STATUS
SMTP      off  ssl0.ovh.net    587  STARTTLS  required, normal password  current
Username: the full e-mail address
SMTP ssl0.ovh.net is also named: smtp.mail.ovh.net
--- stderr
--- status 0
