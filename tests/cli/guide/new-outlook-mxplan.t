$ ovhmail guide new-outlook --offer mxplan -e jan@example.nl
MX Plan, Europe: New Outlook (Windows)
1.  Open the new Outlook (it replaced the Mail app on Windows from 1 January
    2025) and click "Add an account".
2.  Enter your e-mail address and click "Continue"; choose IMAP if asked,
    enter your password and click "Show more".
    Email address: jan@example.nl
3.  The incoming server.
    IMAP incoming server: ssl0.ovh.net
4.  Incoming server: the port.
    Port: 993
5.  Incoming server: the connection security.
    Secure connection type: SSL/TLS
6.  The outgoing server.
    SMTP outgoing server: ssl0.ovh.net
7.  Outgoing server: the port.
    Port: 465
8.  Outgoing server: the connection security.
    Secure connection type: SSL/TLS
9.  Outgoing server: the username is your full e-mail address; then your
    password.
    SMTP username: jan@example.nl
10. Click "Continue". The new Outlook cannot change these server settings
    afterwards: to correct them, delete the account and add it again.
Sources:
  ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-windows-10.mdx: the new Outlook for Windows, MX Plan and Zimbra Starter (2026-06-08)
--- stderr
--- status 0
