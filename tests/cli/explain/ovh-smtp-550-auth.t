$ ovhmail explain '550 5.7.26 This message does not have authentication information or fails to pass authentication checks'
550 5.7.26 This message does not have authentication information or fails to pass authentication checks
Code:        550 5.7.26
Severity:    permanent
Reason:      authentication
Meaning:     The receiving server refused the message because the sender's
             domain has no SPF or DKIM set up, or the message fails those
             checks.
Fix:         Set up an SPF record for the sending domain, and DKIM where the
             offer has it, then send again.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
