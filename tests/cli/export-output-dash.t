$ ovhmail export dns --domain example.nl -o - | head -3
; DNS settings for OVHcloud MX Plan (Europe).
; Made by ovhmail 0.1.0 from OVHcloud's published settings.
; MX: ovh/docs pages/web_cloud/domains/dns_zone_mx (2024-02-29). SPF: ovh/docs pages/web_cloud/domains/dns_zone_spf (2023-08-04).
--- stderr
--- status 0
