$ ovhmail explain '535 Authentication failed'
535 Authentication failed
Code:        535
Severity:    permanent
Reason:      authentication
Meaning:     The server refused the login: the username or the password is
             wrong, or sending is blocked for this address (for example
             after spam was sent from it).
Fix:         Log in to the webmail with the same address and password: if
             that fails too, the password is wrong. Otherwise check the
             address's status in the OVHcloud Control Panel; changing the
             password can unblock an account blocked for spam.
Conflict:    Changing the password is not systematic: change it only if a
             compromise is suspected (an infected device, leaked or shared
             credentials, unauthorised access). To unblock an address
             blocked for spam, find and fix the cause, then go through
             OVHcloud support. (OVHcloud guide locked-for-spam
             (ovh/ovhcloud-docs; older locked_for_spam, en-gb, 2024-05-23),
             2026-05-28: the guides disagree)
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
