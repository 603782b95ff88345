#!/bin/sh
# Writes the zones of the DNS tests into DIR: stand-ins for OVHcloud's
# own zones (ovh.net, ovh.ca, ovh.com), so that includes and targets
# resolve, and one zone a test domain, right or wrong in one way each.
# usage: zones.sh DIR	(DIR/zones.conf then lists them for named.conf)
set -eu
dir=$1

# zone NAME: the zone file from stdin, behind an SOA and an NS.
zone() {
	{
		printf '$TTL 3600\n@ SOA ns.test. hostmaster.test. 1 3600 600 86400 300\n'
		printf '@ NS ns.test.\n'
		cat
	} >"$dir/$1.zone"
}

# The parent of every test domain: nosuch.test does not exist.
zone test <<'Z'
ns A 127.0.0.1
Z

zone ovh.net <<'Z'
ssl0 A 192.0.2.10
mailconfig A 192.0.2.11
mx0.mail A 192.0.2.20
mx1.mail A 192.0.2.21
mx2.mail A 192.0.2.22
mx3.mail A 192.0.2.23
mx4.mail A 192.0.2.24
pro2.mail A 192.0.2.30
ex3.mail A 192.0.2.31
zimbra1.mail A 192.0.2.32
ovhmo1234-selector1._domainkey.ab12.eu.dkim.mail TXT "v=DKIM1; k=rsa; p=MIGf"
ovhmo1234-selector2._domainkey.ab12.eu.dkim.mail TXT "v=DKIM1; k=rsa; p=MIGf"
Z

zone ovh.ca <<'Z'
mx0.mail A 192.0.2.40
mx1.mail A 192.0.2.41
mx2.mail A 192.0.2.42
mx3.mail A 192.0.2.43
mx4.mail A 192.0.2.44
ex.mail A 192.0.2.45
mx TXT "v=spf1 ip4:198.51.100.64/26 ~all"
Z

zone ovh.com <<'Z'
mx TXT "v=spf1 include:spf.mail.ovh.com ~all"
spf.mail TXT "v=spf1 ip4:198.51.100.0/26 ip6:2001:db8:100::/48 ~all"
Z

# The records every OVHcloud domain has, for REGION (net or ca).
mx_records() {
	printf '@ MX 1 mx0.mail.ovh.%s.\n@ MX 5 mx1.mail.ovh.%s.\n' "$1" "$1"
	printf '@ MX 50 mx2.mail.ovh.%s.\n@ MX 100 mx3.mail.ovh.%s.\n' "$1" "$1"
	printf '@ MX 200 mx4.mail.ovh.%s.\n' "$1"
}
# dkim PREFIX [SELECTORS]: the CNAMEs OVHcloud has the domain publish.
dkim_records() {
	for s in ${2:-selector1 selector2}; do
		printf '%s1234-%s._domainkey CNAME %s1234-%s._domainkey.ab12.eu.dkim.mail.ovh.net.\n' \
		    "$1" "$s" "$1" "$s"
	done
}
spf_ovh='@ TXT "v=spf1 include:mx.ovh.com ~all"'
dmarc='_dmarc TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.org"'
srv() {
	printf '_autodiscover._tcp SRV 0 0 443 %s.\n' "$1"
}

# --- Right, one of each offer and region.
{ mx_records net; echo "$spf_ovh"; dkim_records ovhmo; echo "$dmarc"; } |
    zone mxplan-eu.test
{ mx_records ca; echo '@ TXT "v=spf1 include:mx.ovh.ca ~all"'
    dkim_records ovhmo; echo "$dmarc"; } | zone mxplan-ca.test
{ mx_records net; echo "$spf_ovh"; dkim_records ovhmo; echo "$dmarc"
    srv zimbra1.mail.ovh.net; } | zone zimbra.test
{ mx_records net; echo "$spf_ovh"; dkim_records ovhemp; echo "$dmarc"
    srv pro2.mail.ovh.net; } | zone emailpro.test
{ mx_records net; echo "$spf_ovh"; dkim_records ovhex; echo "$dmarc"
    srv ex3.mail.ovh.net; } | zone exchange-eu.test
{ mx_records ca; echo "$spf_ovh"; dkim_records ovhex; echo "$dmarc"
    srv ex.mail.ovh.ca; } | zone exchange-ca.test
zone elsewhere.test <<'Z'
@ MX 10 mx.provider.example.
@ TXT "v=spf1 include:_spf.provider.example ~all"
_dmarc TXT "v=DMARC1; p=reject"
Z
mx_records net | zone mxonly.test
# Another sender's DKIM key beside OVHcloud's MX: it names no offer.
{ mx_records net; echo 'google._domainkey TXT "v=DKIM1; k=rsa; p=MIGf"'; } |
    zone dkim-other.test
{ mx_records net; echo "$spf_ovh"; dkim_records ovhmo; echo "$dmarc"
    srv mailconfig.ovh.net
    echo '_imaps._tcp SRV 0 0 993 ssl0.ovh.net.'
    echo '_submission._tcp SRV 0 0 465 ssl0.ovh.net.'; } | zone legacy.test

# --- Wrong in one way each.
{ mx_records net; echo "$spf_ovh"; echo '@ TXT "v=spf1 a mx ~all"'
    dkim_records ovhmo; echo "$dmarc"; } | zone two-spf.test
{ mx_records net; echo '@ TXT "v=spf1 a mx ~all"'; dkim_records ovhmo
    echo "$dmarc"; } | zone spf-no-ovh.test
{ mx_records net; echo '@ TXT "v=spf1 include:mx.ovh.com include:s1.spf-many.test include:s2.spf-many.test ~all"'
    for i in 1 2; do
	echo "s$i TXT \"v=spf1 a mx include:s${i}b.spf-many.test ~all\""
	echo "s${i}b TXT \"v=spf1 a mx exists:%{i}.spf-many.test ~all\""
    done
    dkim_records ovhmo; echo "$dmarc"; } | zone spf-many.test
{ mx_records net; echo '@ TXT "v=spf1 include mx.ovh.com ~al"'
    dkim_records ovhmo; echo "$dmarc"; } | zone spf-syntax.test
{ mx_records net; echo "$spf_ovh"; dkim_records ovhmo selector1
    echo "$dmarc"; } | zone dkim-one.test
{ mx_records net; echo "$spf_ovh"; dkim_records ovhmo selector1
    echo 'ovhmo1234-selector2._domainkey TXT "v=DKIM1; k=rsa; p=MIGf"'
    echo "$dmarc"; } | zone dkim-txt.test
{ mx_records net; echo "$spf_ovh"; dkim_records ovhmo; } |
    zone dmarc-absent.test
{ mx_records net; echo "$spf_ovh"; dkim_records ovhmo
    echo '_dmarc TXT "v=DMARC1; p=maybe"'; } | zone dmarc-bad.test
{ printf '@ MX 10 mx0.mail.ovh.net.\n@ MX 20 mx1.mail.ovh.net.\n'
    printf '@ MX 30 mx2.mail.ovh.net.\n@ MX 40 mx3.mail.ovh.net.\n'
    printf '@ MX 50 mx4.mail.ovh.net.\n'; echo "$spf_ovh"
    dkim_records ovhmo; echo "$dmarc"; } | zone mx-priority.test
{ mx_records net; echo "$spf_ovh"; dkim_records ovhex; echo "$dmarc"
    srv ex3.mail.ovh.net; echo 'autodiscover CNAME ssl0.ovh.net.'; } |
    zone autodiscover-cname.test
{ mx_records net; echo "$spf_ovh"; dkim_records ovhex; echo "$dmarc"; } |
    zone exchange-nosrv.test

# --- Every record used (tests/dns/semantics.sh).
# Exchange in Canada whose _autodiscover record names the European host
# without its number: Outlook finds no server there.
{ mx_records ca; echo "$spf_ovh"; dkim_records ovhex; echo "$dmarc"
    srv ex.mail.ovh.net; } | zone exchange-ca-srv-net.test
# A Canadian zone with Europe's first MX in the place of its own: the
# MX tried first, but one of five.
{ printf '@ MX 1 mx0.mail.ovh.net.\n@ MX 5 mx1.mail.ovh.ca.\n'
    printf '@ MX 50 mx2.mail.ovh.ca.\n@ MX 100 mx3.mail.ovh.ca.\n'
    printf '@ MX 200 mx4.mail.ovh.ca.\n'
    echo '@ TXT "v=spf1 include:mx.ovh.ca ~all"'; dkim_records ovhmo
    echo "$dmarc"; } | zone mx-eu-in-ca.test
# Two SPF records that fit in one; two without OVHcloud's include; two
# that together need 11 lookups, each within the 10.
{ mx_records net; echo '@ TXT "v=spf1 include:mx.ovh.com a -all"'
    echo '@ TXT "v=spf1 a mx ip4:192.0.2.0/24 ~all"'; dkim_records ovhmo
    echo "$dmarc"; } | zone spf-merge.test
{ mx_records net; echo '@ TXT "v=spf1 a ~all"'
    echo '@ TXT "v=spf1 mx redirect=_spf.spf-merge-noovh.test"'
    echo '_spf TXT "v=spf1 ip4:192.0.2.9 -all"'; dkim_records ovhmo
    echo "$dmarc"; } | zone spf-merge-noovh.test
{ mx_records net
    echo '@ TXT "v=spf1 include:mx.ovh.com include:i1.spf-merge-over.test include:i2.spf-merge-over.test include:i3.spf-merge-over.test include:i4.spf-merge-over.test ~all"'
    echo '@ TXT "v=spf1 a mx include:i5.spf-merge-over.test include:i6.spf-merge-over.test include:i7.spf-merge-over.test ~all"'
    for i in 1 2 3 4 5 6 7; do
	echo "i$i TXT \"v=spf1 ip4:192.0.2.$i -all\""
    done
    dkim_records ovhmo; echo "$dmarc"; } | zone spf-merge-over.test
# DMARC's p=none with no address for reports.
{ mx_records net; echo "$spf_ovh"; dkim_records ovhmo
    echo '_dmarc TXT "v=DMARC1; p=none"'; } | zone dmarc-norua.test
# MX Plan's old default zone: the SRV records and OVHcloud's CNAMEs; and
# the CNAMEs alone.
{ mx_records net; echo "$spf_ovh"; dkim_records ovhmo; echo "$dmarc"
    srv mailconfig.ovh.net
    echo '_imaps._tcp SRV 0 0 993 ssl0.ovh.net.'
    echo 'autodiscover CNAME mailconfig.ovh.net.'
    echo 'autoconfig CNAME mailconfig.ovh.net.'; } | zone legacy-cname.test
{ mx_records net; echo "$spf_ovh"; dkim_records ovhmo; echo "$dmarc"
    echo 'autodiscover CNAME mailconfig.ovh.net.'
    echo 'autoconfig CNAME mailconfig.ovh.net.'; } | zone legacy-cname-only.test

# Text a terminal would act on: an OSC title change, and a BEL.
{ mx_records net
    printf '%s\n' '@ TXT "v=spf1 include:mx.ovh.com \027]0;pwned\007 ~all"'
    echo "$dmarc"; } | zone hostile.test

# --- DNS itself: an answer too big for UDP, a zone that fails to load.
{ mx_records net; echo "$spf_ovh"; dkim_records ovhmo; echo "$dmarc"
    i=0
    while [ $i -lt 20 ]; do
	echo "@ TXT \"site-verification=0123456789abcdef0123456789abcdef-$i\""
	i=$((i + 1))
    done; } | zone big.test
printf '@ MX 1 mx0.mail.ovh.net.\n@ BOGUS nonsense\n' | zone broken.test
# 3,000 MX records, more than the reader keeps: the cut must be said.
# Names of one three-letter label, so that the set fits BIND's 64 kB.
{ mx_records net; echo "$spf_ovh"; echo "$dmarc"
    awk 'BEGIN { a = "abcdefghijklmnopqrstuvwxyz"
	for (i = 0; i < 2995; i++)
		printf "@ MX 300 %s%s%s.\n", substr(a, int(i / 676) + 1, 1),
		    substr(a, int(i / 26) % 26 + 1, 1), substr(a, i % 26 + 1, 1) }'
    } | zone many-mx.test

# An SPF record of 16 lookups: adding OVHcloud's include would break it.
{ mx_records net; echo "$dmarc"
    # Strings of a TXT record are joined: each is under 256 bytes.
    printf '@ TXT "v=spf1"'
    i=0
    while [ $i -lt 12 ]; do
	printf ' " include:inc%d.spf-full.test"' $i
	i=$((i + 1))
    done
    printf ' " a mx ptr exists:x.spf-full.test ~all"\n'
    i=0
    while [ $i -lt 12 ]; do
	echo "inc$i TXT \"v=spf1 ip4:192.0.2.$i -all\""
	i=$((i + 1))
    done; } | zone spf-full.test

# --- doctor (tests/doctor): domains on the loopback offer of
# tests/data/check.json, whose MX is mx.example.net: ovhmail.test, the
# domain of the test servers' user, right; doctor-nospf.test without SPF.
zone example.net <<'Z'
mx A 127.0.0.1
@ TXT "v=spf1 ip4:127.0.0.1 -all"
Z
{ echo '@ MX 10 mx.example.net.'; echo '@ TXT "v=spf1 include:example.net ~all"'
    echo '_dmarc TXT "v=DMARC1; p=none"'; } | zone ovhmail.test
{ echo '@ MX 10 mx.example.net.'; echo '_dmarc TXT "v=DMARC1; p=none"'; } |
    zone doctor-nospf.test

for file in "$dir"/*.zone; do
	z=$(basename "$file" .zone)
	printf 'zone "%s" { type primary; file "%s"; };\n' "$z" "$file"
done >"$dir/zones.conf"
