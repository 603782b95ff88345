$ ovhmail export dns --domain example.nl --legacy
; DNS settings for OVHcloud MX Plan (Europe).
; Made by ovhmail 0.1.0 from OVHcloud's published settings.
; MX: ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-mx.mdx (2026-07-30).
example.nl.	3600	IN	MX	1 mx0.mail.ovh.net.
example.nl.	3600	IN	MX	5 mx1.mail.ovh.net.
example.nl.	3600	IN	MX	50 mx2.mail.ovh.net.
example.nl.	3600	IN	MX	100 mx3.mail.ovh.net.
example.nl.	3600	IN	MX	200 mx4.mail.ovh.net.
; SPF: ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-spf.mdx (2026-07-30).
example.nl.	3600	IN	TXT	"v=spf1 include:mx.ovh.com ~all"
; Note: OVHcloud's newer guide also recommends -all in place of ~all once the record lists every server that sends the domain's mail (ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-spf.mdx, 2026-07-30).
; DKIM: ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-dkim.mdx (2026-07-30).
; Turn DKIM on in the OVHcloud Control Panel, then publish the records it shows:
; they have this shape, where <N>, <id> and <xx> are the Control Panel's values.
; ovhmo<N>-selector1._domainkey.example.nl.	3600	IN	CNAME	ovhmo<N>-selector1._domainkey.<id>.<xx>.dkim.mail.ovh.net.
; ovhmo<N>-selector2._domainkey.example.nl.	3600	IN	CNAME	ovhmo<N>-selector2._domainkey.<id>.<xx>.dkim.mail.ovh.net.
; Note: turning DKIM on takes 30 minutes to 24 hours; after a rotation, keep the old selector's record for 7 days (ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-dkim.mdx, 2026-07-30).
; DMARC: ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-dmarc.mdx (2026-07-30).
; OVHcloud recommends p=none and several weeks of failure report analysis before p=quarantine or p=reject (pct= for a gradual move); reports come only to an address of the owner's choosing, given with rua=mailto:, which no default can hold; OVHcloud publishes no default.
_dmarc.example.nl.	3600	IN	TXT	"v=DMARC1; p=none"
; Legacy, only OVHcloud's old default zones (about 2020) had it; no current guide lists it: OVH default DNS zone for MX Plan, SRV records (legacy) (2020).
_autodiscover._tcp.example.nl.	3600	IN	SRV	0 0 443 mailconfig.ovh.net.
; Legacy, only OVHcloud's old default zones (about 2020) had it; no current guide lists it: OVH default DNS zone for MX Plan, SRV records (legacy) (2020).
_imaps._tcp.example.nl.	3600	IN	SRV	0 0 993 ssl0.ovh.net.
; Legacy, only OVHcloud's old default zones (about 2020) had it; no current guide lists it: OVH default DNS zone for MX Plan, SRV records (legacy) (2020).
_submission._tcp.example.nl.	3600	IN	SRV	0 0 465 ssl0.ovh.net.
--- stderr
--- status 0
