$ ovhmail --data tests/data/check.json check imap --security starttls --offer broken --timeout 1
IMAP 127.0.0.1 port 10202 (STARTTLS)
  ok    dns           127.0.0.1
  FAIL  connect       port 10202: 127.0.0.1: connection refused
  => does not work: 127.0.0.1 refused the connection on port 10202
  => hint: check the port with 'ovhmail list'; a firewall may be rejecting it

0 of 1 server works from here.
--- stderr
ovhmail: check: 1 of 1 server does not work from here
--- status 69
