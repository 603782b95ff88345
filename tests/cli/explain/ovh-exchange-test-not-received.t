$ ovhmail explain 'test email has not been received'
The test email has not been received
Reply:       test email has not been received
Severity:    permanent
Reason:      host_unknown
Meaning:     The Exchange diagnostic's test message did not arrive: the
             domain's MX records are not valid.
Fix:         Check the domain's MX records: mx0 to mx4.mail.ovh.net for the
             shared offers, or the Exchange server itself when Exchange is
             used beside mail hosted elsewhere.
Offers:      exchange
Source:      OVHcloud guide microsoft_exchange/diagnostic_advanced
             (2025-04-28)
--- stderr
--- status 0
