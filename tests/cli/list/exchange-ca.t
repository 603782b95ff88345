$ ovhmail list --offer exchange --region ca
Hosted Exchange, America
PROTOCOL  SSL  SERVER           PORT  SECURITY  AUTHENTICATION             STATUS
IMAP      on   ex.mail.ovh.ca    993  SSL/TLS   required, normal password  current
POP3      on   ex.mail.ovh.ca    995  SSL/TLS   required, normal password  current
SMTP      on   ex.mail.ovh.ca    587  STARTTLS  required, normal password  current
Username: the full e-mail address
--- stderr
--- status 0
