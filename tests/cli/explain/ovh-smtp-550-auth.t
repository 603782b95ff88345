$ ovhmail explain '550 5.7.26 Unauthenticated email is not accepted'
550 5.7.26 Unauthenticated email is not accepted
Meaning:   The receiving server refused the message because it carries no
           SPF or DKIM authentication, or it fails them.
Fix:       Set up SPF and DKIM for the sending domain (and DMARC), then send
           again.
Offers:    mxplan, zimbra, emailpro, exchange
Source:    OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
