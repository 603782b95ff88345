$ ovhmail explain '550 5.7.1 Rejected per policy'
550 5.7.1 Rejected per policy
Meaning:   The receiving server refused the message because of its policy,
           usually because of the sending IP address's reputation.
Fix:       Check the reputation of the sending IP address and of the domain
           with tools such as MXToolbox and mail-tester.
Offers:    mxplan, zimbra, emailpro, exchange
Source:    OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
