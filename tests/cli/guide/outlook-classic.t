$ ovhmail guide outlook --offer mxplan -e jan@example.nl
MX Plan, Europe: Outlook (classic, Windows)
1.  Start Outlook. The first time, a wizard asks for your e-mail address; if
    an account is set up already, choose File > Add Account. The window may
    look different on Windows 11: OVHcloud's guide shows two versions of it.
2.  Enter your e-mail address, click "Advanced options", tick "Configure my
    account manually" and click "Connect".
    Email address: jan@example.nl
3.  Choose IMAP (OVHcloud recommends it rather than POP), enter your
    password and click "Connect".
4.  If Outlook cannot set the account up by itself, click "Modify account
    settings" and enter the servers: the incoming server first.
    Server: ssl0.ovh.net
5.  Incoming server: the port.
    Port: 993
6.  Incoming server: the encryption method.
    Encryption method: SSL/TLS
7.  The outgoing server (SMTP).
    Server: ssl0.ovh.net
8.  Outgoing server: the port.
    Port: 465
9.  Outgoing server: the encryption method.
    Encryption method: SSL/TLS
10. Outgoing server: leave this box ticked (later: File > Account Settings >
    Server Settings): without SMTP authentication the server refuses to
    send.
    My outgoing server (SMTP) requires authentication: on
11. Click "Connect", then "Done".
Sources:
  ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-outlook-2016.mdx: Outlook classic (2026-06-08)
--- stderr
--- status 0
