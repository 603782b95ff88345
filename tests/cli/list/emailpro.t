$ ovhmail list --offer emailpro --server 1
Email Pro, Europe
PROTOCOL  SSL  SERVER              PORT  SECURITY  AUTHENTICATION             STATUS
IMAP      on   pro1.mail.ovh.net    993  SSL/TLS   required, normal password  current
POP3      on   pro1.mail.ovh.net    995  SSL/TLS   required, normal password  current
SMTP      on   pro1.mail.ovh.net    587  STARTTLS  required, normal password  current
Username: the full e-mail address
--- stderr
--- status 0
