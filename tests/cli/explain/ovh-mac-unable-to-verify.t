$ ovhmail explain 'unable to verify account name or password'
Unable to verify account name or password
Reply:       unable to verify account name or password
Severity:    permanent
Reason:      authentication
Meaning:     Mail for Mac shows this message when the window for a Zimbra
             Pro (EWS) or Exchange account first opens: that is normal. If
             it stays after you confirm, the details entered are wrong.
Fix:         Check the full e-mail address, the password and the server
             names entered, then confirm again.
Offers:      zimbra, exchange
Source:      OVHcloud guides zimbra_mail_macos (en-gb, 2025) and
             microsoft_exchange/how_to_configure_mail_macos (en-gb,
             2024-04-16), Mail for Mac with Zimbra Pro (EWS) and with
             Exchange (2025)
--- stderr
--- status 0
