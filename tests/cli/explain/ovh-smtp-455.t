$ ovhmail explain '455 Server unable to deal with the command at this time'
455
Reply:       455 Server unable to deal with the command at this time
Severity:    temporary
Reason:      other
Meaning:     455: Server unable to accommodate parameters.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 5321 (SMTP), section 4.2 (2008-10)
--- stderr
--- status 0
