$ ovhmail export dns --domain example.nl
; DNS settings for OVHcloud MX Plan (Europe).
; Made by ovhmail 0.1.0 from OVHcloud's published settings.
; MX: ovh/docs pages/web_cloud/domains/dns_zone_mx (2024-02-29). SPF: ovh/docs pages/web_cloud/domains/dns_zone_spf (2023-08-04).
example.nl.	3600	IN	MX	1 mx0.mail.ovh.net.
example.nl.	3600	IN	MX	5 mx1.mail.ovh.net.
example.nl.	3600	IN	MX	50 mx2.mail.ovh.net.
example.nl.	3600	IN	MX	100 mx3.mail.ovh.net.
example.nl.	3600	IN	MX	200 mx4.mail.ovh.net.
example.nl.	3600	IN	TXT	"v=spf1 include:mx.ovh.com ~all"
; SRV (RFC 6186, RFC 8314): servers without TLS get no record.
_imaps._tcp.example.nl.	3600	IN	SRV	0 1 993 ssl0.ovh.net.
_pop3s._tcp.example.nl.	3600	IN	SRV	0 1 995 ssl0.ovh.net.
_submissions._tcp.example.nl.	3600	IN	SRV	0 1 465 ssl0.ovh.net.
_submission._tcp.example.nl.	3600	IN	SRV	0 1 587 ssl0.ovh.net.
; Autodiscover: OVH guide on SRV records for MX Plan (legacy) (2020).
_autodiscover._tcp.example.nl.	3600	IN	SRV	0 1 443 mailconfig.ovh.net.
--- stderr
--- status 0
