$ ovhmail explain '550 5.7.1 Email rejected per policy reason'
550 5.7.1 Email rejected per policy reason
Code:        550 5.7.1
Severity:    permanent
Reason:      policy
Meaning:     The receiving server refused the sending address for security
             policy reasons, usually detailed with the code; sometimes an IP
             address in the chain of transmission is on a reject list.
Fix:         Read the server's details, and check the reputation of the IP
             addresses with tools such as MXToolbox, and the chain of
             transmission with mail-tester.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide diagnostic_advanced (en-gb) =
             diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
             error codes (2026-02-20)
--- stderr
--- status 0
