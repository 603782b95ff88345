$ ovhmail list --offer exchange --server 3
Hosted Exchange
PROTOCOL  SSL  SERVER             PORT  SECURITY  AUTHENTICATION
IMAP      on   ex3.mail.ovh.net    993  SSL/TLS   required, normal password
POP3      on   ex3.mail.ovh.net    995  SSL/TLS   required, normal password
SMTP      on   ex3.mail.ovh.net    587  STARTTLS  required, normal password
Username: the full e-mail address
--- stderr
--- status 0
