$ ovhmail list --region apac
MX Plan, Asia-Pacific
PROTOCOL  SSL  SERVER             PORT  SECURITY  AUTHENTICATION             STATUS
IMAP      on   imap.mail.ovh.ca    993  SSL/TLS   required, normal password  current
POP3      on   pop.mail.ovh.ca     995  SSL/TLS   required, normal password  current
SMTP      on   smtp.mail.ovh.ca    465  SSL/TLS   required, normal password  current
SMTP      off  smtp.mail.ovh.ca    587  STARTTLS  required, normal password  current
Username: the full e-mail address
--- stderr
--- status 0
