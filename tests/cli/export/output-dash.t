$ ovhmail export dns --domain example.nl -o - | head -3
; DNS settings for OVHcloud MX Plan (Europe).
; Made by ovhmail 0.1.0 from OVHcloud's published settings.
; MX: ovh/ovhcloud-docs docs/en/guides/web-cloud/domains/dns-zone-mx.mdx (2026-07-30).
--- stderr
--- status 0
