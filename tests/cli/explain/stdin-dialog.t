$ ovhmail explain < tests/explain/dialog.txt
535 Authentication failed
Meaning:   The server refused the login: the username or the password is
           wrong, or sending is blocked for this address (for example after
           spam was sent from it).
Fix:       Log in to the webmail with the same address and password: if that
           fails too, the password is wrong. Otherwise check the address's
           status in the OVHcloud Control Panel; changing the password can
           unblock an account blocked for spam.
Offers:    mxplan, zimbra, emailpro, exchange
Source:    OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
