$ ovhmail guide android --offer exchange --server 3
Hosted Exchange, Europe: Android (Gmail and Outlook apps)
1.  In the Gmail app: the first time, tap "Add an email address"; otherwise
    open the menu at the top left, then Settings > Add account. These are
    the Gmail app's steps, as OVHcloud's guides give them.
2.  Choose "Exchange and Office 365", enter your e-mail address and tap
    Next, then your password.
    Email: the full e-mail address
3.  Leave the certificate at "None"; the domain\username is your full e-mail
    address.
    Domain\Username: the full e-mail address
4.  The server; the port is 443 with SSL/TLS. Tap Next, then OK.
    Server: ex3.mail.ovh.net
Sources:
  ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_android (en-gb): the Gmail app (2023-12-15)
  ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/how_to_configure_android (en-gb): the Gmail app (2024-10-09)
--- stderr
--- status 0
