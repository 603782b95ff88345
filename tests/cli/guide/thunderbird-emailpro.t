$ ovhmail guide thunderbird --offer emailpro --server 3 -e jan@example.nl
Email Pro, Europe: Thunderbird
1.  Open Thunderbird, click the ☰ menu, then New Account > Email Address.
2.  Enter your name as others will see it and your e-mail address, then
    click Continue. Thunderbird asks for the password last.
    Email: jan@example.nl
3.  Thunderbird proposes the MX Plan configuration (ssl0.ovh.net) for every
    domain whose mail OVHcloud hosts: it is wrong for Email Pro. Do not
    accept it: click "MODIFY THE CONFIGURATION".
4.  The incoming server. OVHcloud recommends IMAP rather than POP3: IMAP
    keeps the messages on the server for your other devices.
    Protocol: IMAP
5.  Incoming server: the server name.
    Server: pro3.mail.ovh.net
6.  Incoming server: the port.
    Port: 993
7.  Incoming server: the connection security.
    SSL: SSL/TLS
8.  Incoming server: the authentication method.
    Authentication: Normal password
9.  Incoming server: the username is your full e-mail address.
    Username: jan@example.nl
10. Fill in the outgoing server (SMTP).
    Server: pro3.mail.ovh.net
11. Outgoing server: the port.
    Port: 587
12. Outgoing server: the connection security.
    SSL: STARTTLS
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
  ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/email-pro/how-to-configure-thunderbird.mdx (2025-09-19)
--- stderr
--- status 0
