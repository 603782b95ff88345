$ ovhmail explain 4.4.7
4.4.7
Reply:       4.4.7
Severity:    temporary
Reason:      expired
Meaning:     4.4.7: Persistent transient failure, network and routing
             status: delivery time expired.
Kind:        generic: what the standards say the codes mean, not advice from
             OVHcloud
Source:      RFC 3463 (enhanced status codes) (2003-01)
--- stderr
--- status 0
