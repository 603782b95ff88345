$ ovhmail explain '451 Requested action aborted – Local error in processing'
451 Requested action aborted – Local error in processing
Code:        451
Severity:    temporary
Reason:      system
Meaning:     The server hit an error while processing the message: a
             momentary overload, or an incorrect SPF check of the sending
             domain.
Fix:         Read the server's additional message, and check that the
             sending domain's SPF record is correct (v=spf1
             include:mx.ovh.com ~all for OVHcloud's shared offers). Try
             again later; if it persists, contact the server's
             administrator.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
