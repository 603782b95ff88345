$ ovhmail export dns --domain example.ca --offer exchange --region ca
; DNS settings for OVHcloud Hosted Exchange (America).
; Made by ovhmail 0.1.0 from OVHcloud's published settings.
; MX: ovh/docs pages/web_cloud/domains/dns_zone_mx (en-ca) (2024-02-29).
example.ca.	3600	IN	MX	1 mx0.mail.ovh.ca.
example.ca.	3600	IN	MX	5 mx1.mail.ovh.ca.
example.ca.	3600	IN	MX	50 mx2.mail.ovh.ca.
example.ca.	3600	IN	MX	100 mx3.mail.ovh.ca.
example.ca.	3600	IN	MX	200 mx4.mail.ovh.ca.
; Note: where Exchange sits beside POP/IMAP mailboxes hosted elsewhere, OVHcloud's guide has the MX point at ex.mail.ovh.ca instead (ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/diagnostic_advanced (en-gb), 2025-04-28).
; SPF: ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-spf.mdx (2026-07-30).
example.ca.	3600	IN	TXT	"v=spf1 include:mx.ovh.com ~all"
; OVHcloud's guides disagree: ovh/docs pages/web_cloud/domains/dns_zone_spf (en-ca) (2024-09-05) gives this value instead.
; A domain publishes one SPF record only: keep the one above or use this.
; example.ca.	3600	IN	TXT	"v=spf1 include:mx.ovh.ca ~all"
; Note: OVHcloud's newer guide also recommends -all in place of ~all once the record lists every server that sends the domain's mail (ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-spf.mdx, 2026-07-30).
; Note: with Exchange Provider, whose mail leaves through its gateway, the French guide gives v=spf1 include:mx.ovh.com a:gw.ex-mail.biz ~all (ovh/docs pages/web_cloud/domains/dns_zone_spf (fr-fr), 2026-02-10).
; DKIM: ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-dkim.mdx (2026-07-30).
; Turn DKIM on in the OVHcloud Control Panel, then publish the records it shows:
; they have this shape, where <N>, <id> and <xx> are the Control Panel's values.
; ovhex<N>-selector1._domainkey.example.ca.	3600	IN	CNAME	ovhex<N>-selector1._domainkey.<id>.<xx>.dkim.mail.ovh.net.
; ovhex<N>-selector2._domainkey.example.ca.	3600	IN	CNAME	ovhex<N>-selector2._domainkey.<id>.<xx>.dkim.mail.ovh.net.
; Note: turning DKIM on takes 30 minutes to 24 hours; after a rotation, keep the old selector's record for 7 days (ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-dkim.mdx, 2026-07-30).
; DMARC: ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-dmarc.mdx (2026-07-30).
; OVHcloud recommends p=none and several weeks of failure report analysis before p=quarantine or p=reject (pct= for a gradual move); reports come only to an address of the owner's choosing, given with rua=mailto:, which no default can hold; OVHcloud publishes no default.
_dmarc.example.ca.	3600	IN	TXT	"v=DMARC1; p=none"
; _autodiscover: ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/diagnostic_advanced (en-gb) (2025-04-28).
_autodiscover._tcp.example.ca.	3600	IN	SRV	0 0 443 ex.mail.ovh.ca.
; Domain validation: ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/exchange_dns_cname (en-gb) (2023-08-29).
; Only when the domain's zone is not at OVHcloud: <code> is the Control Panel's.
; <code>-check.example.ca.	3600	IN	CNAME	ovh.com.
; Note: the CNAME takes 4 to 24 hours to be seen (ovh/docs pages/web_cloud/email_and_collaborative_solutions/microsoft_exchange/exchange_dns_cname (en-gb), 2023-08-29).
--- stderr
--- status 0
