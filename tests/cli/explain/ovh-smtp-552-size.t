$ ovhmail explain '552 5.3.4 Message size exceeds fixed limit'
552 5.3.4 Message size exceeds fixed limit
Code:        552 5.3.4
Severity:    permanent
Reason:      message_too_big
Meaning:     The message is larger than the server accepts. OVHcloud's
             current guides give no figure ("there is a size limit"); a
             legacy OVH page gave 10 MB.
Fix:         Send fewer or smaller attachments; share large files as a link
             instead, for example with plik.ovh.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide faq-emails (MX Plan) (2026-07-27)
--- stderr
--- status 0
