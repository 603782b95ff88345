#!/bin/sh
# Starts or stops BIND's named on 127.0.0.1:12053 (plus
# $OVHMAIL_TEST_PORT_OFFSET), authoritative for the
# zones tests/dns/zones.sh writes into DIR.  Starting it needs root only
# in so far as named refuses to run otherwise without -u.
# usage: named.sh start DIR | stop DIR
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
port=$((12053 + ${OVHMAIL_TEST_PORT_OFFSET:-0}))
dir=$2

start() {
	sh "$top/tests/dns/zones.sh" "$dir" || return 1
	cat >"$dir/named.conf" <<C
options {
	directory "$dir";
	pid-file "$dir/named.pid";
	session-keyfile "$dir/session.key";
	listen-on port $port { 127.0.0.1; };
	listen-on-v6 { none; };
	recursion no;
	dnssec-validation no;
	notify no;
	// many-mx.test holds 3,000 MX records, over BIND's default of 100.
	max-records-per-type 0;
};
controls { };
include "$dir/zones.conf";
C
	named -g -c "$dir/named.conf" >"$dir/named.log" 2>&1 &
	echo $! >"$dir/named.shpid"
	"$top/tests/check/peer" wait $port || return 1
	# named may listen before its zones are loaded: wait for them too.
	tries=0
	until grep -q 'all zones loaded' "$dir/named.log"; do
		tries=$((tries + 1))
		[ $tries -lt 200 ] || return 1
		sleep 0.1
	done
}

# named writes its files until it is gone: wait (10 s at most) for that,
# so that the directory can be removed after.
stop() {
	[ -f "$dir/named.shpid" ] || return 0
	pid=$(cat "$dir/named.shpid")
	kill "$pid" 2>/dev/null
	tries=0
	while kill -0 "$pid" 2>/dev/null && [ $tries -lt 100 ]; do
		sleep 0.1
		tries=$((tries + 1))
	done
	rm -f "$dir/named.shpid"
}

case $1 in
start)	start ;;
stop)	stop ;;
*)	echo "usage: named.sh start DIR | stop DIR" >&2; exit 2 ;;
esac
