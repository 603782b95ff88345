$ ovhmail explain '450 Requested action not taken – The user'\''s mailbox is unavailable'
450
Reply:       450 Requested action not taken – The user's mailbox is
             unavailable
Severity:    temporary
Reason:      other
Meaning:     450: Requested mail action not taken: mailbox unavailable
             (busy, or temporarily blocked for policy reasons).
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 5321 (SMTP), section 4.2 (2008-10)
--- stderr
--- status 0
