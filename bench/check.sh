#!/bin/sh
# Times "ovhmail check" on loopback, as root (Postfix needs it): six
# servers that keep the client waiting (four silent, one that stops in the
# middle of its greeting, one blocked port) with --timeout 2, and a healthy
# check of the six real servers (Dovecot and Postfix of tests/check).  With
# OLD=DIR, the same with the ovhmail built in DIR, to compare.
# usage: bench/check.sh		(after make and make tests/check/peer)
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)
exec 9>/tmp/ovhmail-loopback.lock
flock 9
work=$(mktemp -d)
peers=""
cleanup() {
	for pid in $peers; do
		kill "$pid" 2>/dev/null
	done
	sh tests/check/servers.sh stop "$work" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
sh tests/check/pki.sh "$work" >/dev/null 2>&1
sh tests/check/servers.sh start "$work"
for port in 10221 10222 10223 10224; do
	tests/check/peer silent $port &
	peers="$peers $!"
done
tests/check/peer say 10204 '+OK a greeting that never end' &
peers="$peers $!"
tests/check/peer blackhole 10208 &
peers="$peers $!"
tests/check/peer wait 10110 10143 10465 10587 10993 10995 10204 10221 \
    10222 10223 10224

for dir in ${OLD:-} "$top"; do
	echo "== $dir/ovhmail"
	begin=$(date +%s%N)
	"$dir/ovhmail" --data tests/data/check.json check --offer slow \
	    --timeout 2 >/dev/null 2>&1 || true
	echo "six waiting servers, --timeout 2: $((($(date +%s%N) - begin) / 1000000)) ms"
	hyperfine -N --warmup 2 --runs "${RUNS:-20}" --export-json "$work/t.json" \
	    "$dir/ovhmail --data tests/data/check.json check --offer loopback --cafile $work/ca.pem" \
	    >/dev/null 2>&1
	jq -r '.results[0] | "six healthy servers: \(.mean * 1000 | floor) ms mean, \(.stddev * 1000 | floor) ms stddev, \(.min * 1000 | floor)-\(.max * 1000 | floor) ms"' "$work/t.json"
done
