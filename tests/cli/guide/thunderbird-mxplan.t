$ ovhmail guide thunderbird --offer mxplan -e jan@example.nl
MX Plan, Europe: Thunderbird
1.  Open Thunderbird, click the ☰ menu, then New Account > Email Address.
2.  Enter your name as others will see it and your e-mail address, then
    click Continue. Thunderbird asks for the password last.
    Email: jan@example.nl
3.  Thunderbird proposes a configuration from its own provider database; for
    MX Plan in Europe it is the right one. If it shows the values below
    (IMAP ssl0.ovh.net, port 993), click Continue and go to the last step.
    Otherwise click "MODIFY THE CONFIGURATION" and enter them.
4.  The incoming server. OVHcloud recommends IMAP rather than POP3: IMAP
    keeps the messages on the server for your other devices.
    Protocol: IMAP
5.  Incoming server: the server name.
    Server: ssl0.ovh.net
6.  Incoming server: the port.
    Port: 993
7.  Incoming server: the connection security.
    SSL: SSL/TLS
8.  Incoming server: the authentication method.
    Authentication: Normal password
9.  Incoming server: the username is your full e-mail address.
    Username: jan@example.nl
10. Fill in the outgoing server (SMTP).
    Server: ssl0.ovh.net
11. Outgoing server: the port.
    Port: 465
12. Outgoing server: the connection security.
    SSL: SSL/TLS
13. Outgoing server: the authentication method. SMTP authentication must be
    on: without it the server refuses to send the message.
    Authentication: Normal password
14. Outgoing server: the username is your full e-mail address.
    Username: jan@example.nl
15. If you changed the configuration, click Test; when Thunderbird has found
    the servers, click Continue.
16. Enter your password and click Continue: the account is ready.
Sources:
  ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-thunderbird-windows.mdx (en): MX Plan and Zimbra Starter; the French guide (docs/fr/…, same date) gives the French words (2026-06-08)
--- stderr
--- status 0
