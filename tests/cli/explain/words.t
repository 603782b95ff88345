$ ovhmail explain relayed thru this MTA
553 sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1)
Reply:       relayed thru this MTA
Severity:    permanent
Reason:      relay_denied
Meaning:     The outgoing server refused the message because the client sent
             it without logging in: OVHcloud's SMTP servers relay mail only
             for authenticated users, and "POP before SMTP" is not
             supported.
Fix:         Turn on SMTP authentication in the mail client's outgoing
             server settings ("my outgoing server requires authentication",
             normal password), with the full e-mail address as the username
             and the mailbox password set in the OVHcloud Control Panel.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVH guide g1474, Webhosting: algemene informatie over OVH's
             gedeelde e-mail (2021-07-19)
--- stderr
--- status 0
