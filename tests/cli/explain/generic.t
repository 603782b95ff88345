$ ovhmail explain 421 4.7.0 Try again later
421 4.7.0
Reply:       421 4.7.0 Try again later
Severity:    temporary
Reason:      other
Meaning:     421: Service not available, closing transmission channel.
             4.7.0: Persistent transient failure, security or policy status:
             other or undefined security status.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 5321 (SMTP), section 4.2 (2008-10); RFC 3463 (enhanced
             status codes) (2003-01)
--- stderr
--- status 0
