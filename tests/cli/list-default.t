$ ovhmail
MX Plan, Europe
PROTOCOL  SSL  SERVER         PORT  SECURITY  AUTHENTICATION
IMAP      on   ssl0.ovh.net    993  SSL/TLS   required, normal password
IMAP      off  ssl0.ovh.net    143  none      required, normal password
POP3      on   ssl0.ovh.net    995  SSL/TLS   required, normal password
POP3      off  ssl0.ovh.net    110  none      required, normal password
SMTP      on   ssl0.ovh.net    465  SSL/TLS   required, normal password
SMTP      off  ssl0.ovh.net    587  STARTTLS  required, normal password
Username: the full e-mail address
--- stderr
--- status 0
