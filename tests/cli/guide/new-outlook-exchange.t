$ ovhmail guide new-outlook --offer exchange --server 2 -e jan@example.nl
Hosted Exchange, Europe: New Outlook (Windows)
1.  The new Outlook for Windows cannot be set up for OVHcloud's Hosted
    Exchange: use classic Outlook ("ovhmail guide outlook").
Sources:
  ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/how_to_configure_outlook_2016 (en-gb) (2026-01-09)
--- stderr
--- status 0
