$ ovhmail --data tests/data/check.json check imap --ssl --offer broken --timeout 1
IMAP 127.0.0.1 port 10201 (SSL/TLS)
  ok    dns           127.0.0.1
  FAIL  connect       port 10201: 127.0.0.1: connection refused
  => does not work: 127.0.0.1 refused the connection on port 10201
  => hint: try 10202 with STARTTLS (ovhmail check imap --no-ssl)

0 of 1 server works from here.
--- stderr
ovhmail: check: 1 of 1 server does not work from here
--- status 69
