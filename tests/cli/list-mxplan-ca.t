$ ovhmail list --region ca
MX Plan, America and Asia-Pacific
PROTOCOL  SSL  SERVER             PORT  SECURITY  AUTHENTICATION
IMAP      on   imap.mail.ovh.ca    993  SSL/TLS   required, normal password
POP3      on   pop.mail.ovh.ca     995  SSL/TLS   required, normal password
SMTP      on   smtp.mail.ovh.ca    465  SSL/TLS   required, normal password
Username: the full e-mail address
--- stderr
--- status 0
