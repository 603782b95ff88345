$ ovhmail explain '501 Syntax error in parameters or arguments'
501 Syntax error in parameters or arguments
Code:        501
Severity:    permanent
Reason:      syntax
Meaning:     The server did not accept a command's parameters, often because
             the recipient's address is wrong, or because of the sender's
             antivirus or firewall.
Fix:         Check the recipient's address, and the antivirus and firewall
             on the sending computer.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
