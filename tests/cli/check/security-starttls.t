$ ovhmail --data tests/data/check.json check --security starttls --offer broken --timeout 1
IMAP 127.0.0.1 port 10202 (STARTTLS)
  ok    dns           127.0.0.1
  FAIL  connect       port 10202: 127.0.0.1: connection refused
  => does not work: 127.0.0.1 refused the connection on port 10202
  => hint: check the port with 'ovhmail list'; a firewall may be rejecting it

POP3 127.0.0.1 port 10204 (STARTTLS)
  ok    dns           127.0.0.1
  FAIL  connect       port 10204: 127.0.0.1: connection refused
  => does not work: 127.0.0.1 refused the connection on port 10204
  => hint: check the port with 'ovhmail list'; a firewall may be rejecting it

SMTP 127.0.0.1 port 10206 (STARTTLS)
  ok    dns           127.0.0.1
  FAIL  connect       port 10206: 127.0.0.1: connection refused
  => does not work: 127.0.0.1 refused the connection on port 10206
  => hint: check the port with 'ovhmail list'; a firewall may be rejecting it

0 of 3 servers work from here.
--- stderr
ovhmail: check: 3 of 3 servers do not work from here
--- status 69
