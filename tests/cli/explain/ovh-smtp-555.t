$ ovhmail explain '555 MAIL FROM / RCPT TO, unrecognised or unimplemented arguments'
555
Reply:       555 MAIL FROM / RCPT TO, unrecognised or unimplemented
             arguments
Severity:    permanent
Reason:      other
Meaning:     555: MAIL FROM/RCPT TO parameters not recognized or not
             implemented.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 5321 (SMTP), section 4.2 (2008-10)
--- stderr
--- status 0
