$ ovhmail list --offer exchange --server 3
Hosted Exchange, Europe
PROTOCOL  SSL  SERVER             PORT  SECURITY  AUTHENTICATION             STATUS
IMAP      on   ex3.mail.ovh.net    993  SSL/TLS   required, normal password  current
POP3      on   ex3.mail.ovh.net    995  SSL/TLS   required, normal password  current
SMTP      on   ex3.mail.ovh.net    587  STARTTLS  required, normal password  current
Username: the full e-mail address
--- stderr
--- status 0
