#!/bin/sh
# How long verify takes for 300 domains through a resolver 50 ms away:
# BIND's named on loopback serving the test zones (tests/dns/zones.sh),
# behind tests/dns/slowdns, a proxy that holds each answer 50 ms; the 300
# are the test zones that need no TCP, taken in turn.  Side by side: one
# "ovhmail verify --domains" and a shell loop of single verifies.
#
# usage: sh bench/verify.sh [DOMAINS [DELAY_MS]]    (as root: named)
# Needs make, bind9 and GNU time; ports 12053 and 12056 plus
# $OVHMAIL_TEST_PORT_OFFSET (default 40000 here).
set -eu
n=${1:-300}
delay=${2:-50}
OVHMAIL_TEST_PORT_OFFSET=${OVHMAIL_TEST_PORT_OFFSET:-40000}
export OVHMAIL_TEST_PORT_OFFSET
cd "$(dirname "$0")/.."
make -s ovhmail tests/dns/slowdns tests/check/peer >/dev/null
work=$(mktemp -d)
dns=$((12053 + OVHMAIL_TEST_PORT_OFFSET))
slow=$((12056 + OVHMAIL_TEST_PORT_OFFSET))
cleanup() {
	[ -n "${proxy:-}" ] && kill "$proxy" 2>/dev/null
	sh tests/dns/named.sh stop "$work"
	rm -rf "$work"
}
trap cleanup EXIT
sh tests/dns/named.sh start "$work"
tests/dns/slowdns "$slow" "$dns" "$delay" &
proxy=$!
zones="mxplan-eu.test mxplan-ca.test zimbra.test emailpro.test
    exchange-eu.test exchange-ca.test legacy.test elsewhere.test
    mxonly.test two-spf.test spf-no-ovh.test dkim-one.test dmarc-absent.test
    dmarc-bad.test mx-priority.test autodiscover-cname.test
    exchange-nosrv.test nosuch.test"
i=0
while [ "$i" -lt "$n" ]; do
	for z in $zones; do
		[ "$i" -lt "$n" ] && echo "$z"
		i=$((i + 1))
	done
done >"$work/domains"
ov="./ovhmail --data data/servers.json --resolver 127.0.0.1:$slow"
echo "$n domains, each answer held $delay ms"
echo "ovhmail verify --domains LIST (default --jobs):"
/usr/bin/time -o "$work/time" -f '  %e s, %M KB peak' $ov verify \
    --domains "$work/domains" >"$work/out" 2>/dev/null || true
cat "$work/time"
tail -n 1 "$work/out" | sed 's/^/  /'
echo "a shell loop of single verifies:"
/usr/bin/time -o "$work/time" -f '  %e s' sh -c "while read -r d; do \
    $ov verify \"\$d\" >/dev/null 2>&1; done <'$work/domains'" || true
cat "$work/time"
