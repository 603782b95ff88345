$ ovhmail guide new-outlook --offer zimbra -e jan@example.nl
Zimbra, Europe: New Outlook (Windows)
1.  These steps are for Zimbra Starter. The new Outlook cannot use
    ActiveSync, which Zimbra Pro's calendar and contacts need: for Zimbra
    Pro, use classic Outlook ("ovhmail guide outlook").
2.  Open the new Outlook (it replaced the Mail app on Windows from 1 January
    2025) and click "Add an account".
3.  Enter your e-mail address and click "Continue"; choose IMAP if asked,
    enter your password and click "Show more".
    Email address: jan@example.nl
4.  The incoming server.
    IMAP incoming server: ssl0.ovh.net
5.  Incoming server: the port.
    Port: 993
6.  Incoming server: the connection security.
    Secure connection type: SSL/TLS
7.  The outgoing server.
    SMTP outgoing server: ssl0.ovh.net
8.  Outgoing server: the port.
    Port: 465
9.  Outgoing server: the connection security.
    Secure connection type: SSL/TLS
10. Outgoing server: the username is your full e-mail address; then your
    password.
    SMTP username: jan@example.nl
11. Click "Continue". The new Outlook cannot change these server settings
    afterwards: to correct them, delete the account and add it again.
Sources:
  ovh/docs pages/web_cloud/email_and_collaborative_solutions/zimbra/zimbra_outlook_windows (en-gb) (2025-07-03)
  ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-windows-10.mdx: the new Outlook for Windows, MX Plan and Zimbra Starter (2026-06-08)
--- stderr
--- status 0
