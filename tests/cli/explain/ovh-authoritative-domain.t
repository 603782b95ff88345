$ ovhmail explain 'authoritative domain detected'
authoritative domain detected
Severity:    permanent
Reason:      other
Meaning:     The domain is declared in authoritative mode on another e-mail
             platform, so it cannot be added to this one as it is.
Fix:         Switch the domain to non-authoritative mode on both platforms,
             so that they can share it.
Offers:      emailpro, exchange
Source:      OVHcloud guide exchange_adding_domain (en), and the Email Pro
             guide on adding a domain (2023-06-14)
--- stderr
--- status 0
