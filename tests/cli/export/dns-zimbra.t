$ ovhmail export dns --domain example.fr --offer zimbra
; DNS settings for OVHcloud Zimbra (Europe).
; Made by ovhmail 0.1.0 from OVHcloud's published settings.
; MX: ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-mx.mdx (2026-07-30).
example.fr.	3600	IN	MX	1 mx0.mail.ovh.net.
example.fr.	3600	IN	MX	5 mx1.mail.ovh.net.
example.fr.	3600	IN	MX	50 mx2.mail.ovh.net.
example.fr.	3600	IN	MX	100 mx3.mail.ovh.net.
example.fr.	3600	IN	MX	200 mx4.mail.ovh.net.
; SPF: ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-spf.mdx (2026-07-30).
example.fr.	3600	IN	TXT	"v=spf1 include:mx.ovh.com ~all"
; Note: OVHcloud's newer guide also recommends -all in place of ~all once the record lists every server that sends the domain's mail (ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-spf.mdx, 2026-07-30).
; DKIM: ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-dkim.mdx (2026-07-30).
; Turn DKIM on in the OVHcloud Control Panel, then publish the records it shows:
; they have this shape, where <N>, <id> and <xx> are the Control Panel's values.
; ovhmo<N>-selector1._domainkey.example.fr.	3600	IN	CNAME	ovhmo<N>-selector1._domainkey.<id>.<xx>.dkim.mail.ovh.net.
; ovhmo<N>-selector2._domainkey.example.fr.	3600	IN	CNAME	ovhmo<N>-selector2._domainkey.<id>.<xx>.dkim.mail.ovh.net.
; Note: turning DKIM on takes 30 minutes to 24 hours; after a rotation, keep the old selector's record for 7 days (ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-dkim.mdx, 2026-07-30).
; DMARC: ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-dmarc.mdx (2026-07-30).
; OVHcloud recommends p=none and several weeks of failure report analysis before p=quarantine or p=reject (pct= for a gradual move); reports come only to an address of the owner's choosing, given with rua=mailto:, which no default can hold; OVHcloud publishes no default.
_dmarc.example.fr.	3600	IN	TXT	"v=DMARC1; p=none"
; Domain validation: ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/exchange_dns_cname (en-gb) (2023-08-29).
; Only when the domain's zone is not at OVHcloud: <code> is the Control Panel's.
; <code>-check.example.fr.	3600	IN	CNAME	ovh.com.
; Note: the CNAME takes 4 to 24 hours to be seen (ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/exchange_dns_cname (en-gb), 2023-08-29).
; Note: if the CNAME is not visible in the DNS zone after 48 hours, the operation is cancelled and must be retried (ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/zimbra/getting-started-zimbra.mdx, 2025-11-04).
--- stderr
--- status 0
