$ ovhmail list --offer emailpro --server 1
Email Pro
PROTOCOL  SSL  SERVER              PORT  SECURITY  AUTHENTICATION
IMAP      on   pro1.mail.ovh.net    993  SSL/TLS   required, normal password
POP3      on   pro1.mail.ovh.net    995  SSL/TLS   required, normal password
SMTP      on   pro1.mail.ovh.net    587  STARTTLS  required, normal password
Username: the full e-mail address
--- stderr
--- status 0
