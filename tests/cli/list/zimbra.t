$ ovhmail list --offer zimbra
Zimbra, Europe
PROTOCOL  SSL  SERVER         PORT  SECURITY  AUTHENTICATION             STATUS
IMAP      on   ssl0.ovh.net    993  SSL/TLS   required, normal password  current
POP3      on   ssl0.ovh.net    995  SSL/TLS   required, normal password  current
SMTP      on   ssl0.ovh.net    465  SSL/TLS   required, normal password  current
SMTP      off  ssl0.ovh.net    587  STARTTLS  required, normal password  current
Username: the full e-mail address
IMAP ssl0.ovh.net is also named: imap.mail.ovh.net
POP3 ssl0.ovh.net is also named: pop.mail.ovh.net
SMTP ssl0.ovh.net is also named: smtp.mail.ovh.net
ActiveSync (Zimbra Pro only): zimbra1.mail.ovh.net, port 443, SSL/TLS
EWS (Zimbra Pro only): zimbra1.mail.ovh.net, port 443, SSL/TLS
CalDAV (Zimbra Pro only): zimbra1.mail.ovh.net, port 443, SSL/TLS
--- stderr
--- status 0
