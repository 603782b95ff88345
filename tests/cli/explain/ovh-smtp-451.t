$ ovhmail explain '451 Requested action aborted: local error in processing'
451 Requested action aborted: local error in processing
Meaning:   The server hit an error while processing the message: a momentary
           overload, or an incorrect SPF check of the sending domain.
Fix:       Try again later, and check that the sending domain's SPF record
           is correct (v=spf1 include:mx.ovh.com ~all for OVHcloud's shared
           offers).
Offers:    mxplan, zimbra, emailpro, exchange
Source:    OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
