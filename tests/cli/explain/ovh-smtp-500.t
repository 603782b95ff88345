$ ovhmail explain '500 A syntax error: the server could not recognise the command'
500
Reply:       500 A syntax error: the server could not recognise the command
Severity:    permanent
Reason:      syntax
Meaning:     500: Syntax error, command unrecognized.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 5321 (SMTP), section 4.2 (2008-10)
--- stderr
--- status 0
