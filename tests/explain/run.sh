#!/bin/sh
# "explain" against real bounces: two Postfix instances on 127.0.0.1
# (tests/explain/postfix.sh) bounce messages for an unknown recipient, a
# relay refusal, a full mailbox and a size limit; each delivery-status
# notification they write, and A's mail log, go to explain, as do the
# hand-written bounces beside this script (qmail, Exchange, a forwarded
# report in base64) and a client's dialog.  Starting Postfix needs root.
# OVHMAIL_WRAPPER runs ovhmail under valgrind.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
. tests/lib.sh
# Ports 11025 and 11026, moved by $OVHMAIL_TEST_PORT_OFFSET: a second run
# on the same ones waits for the first.
relay=$(port 11025)
exec 8>"/tmp/ovhmail-explain-$relay.lock"
flock 8
work=$(mktemp -d)
cleanup() {
	sh tests/explain/postfix.sh stop "$work" 2>/dev/null
	rm -rf "$work" 2>/dev/null
}
trap cleanup EXIT
trap 'exit 1' INT TERM
OVHMAIL_DATA=$top/data/servers.json
export OVHMAIL_DATA

give_up() {
	echo "explain: $*"
	echo "explain: $passed passed, $((failed + 1)) failed"
	exit 1
}

[ "$(id -u)" -eq 0 ] || give_up "starting Postfix needs root"
sh tests/explain/postfix.sh start "$work" || give_up "cannot start Postfix"
tests/check/peer wait "$relay" "$(port 11026)" || give_up "Postfix did not start"

# send RECIPIENT BYTES: a message from sender@b.test through A.
send() {
	{
		printf 'From: sender@b.test\nTo: %s\nSubject: to %s\n\n' "$1" "$1"
		head -c "$2" /dev/zero | tr '\0' y | fold -w 70
		echo
	} | msmtp --host=127.0.0.1 --port="$relay" --auth=off --tls=off \
	    --from=sender@b.test "$1" || give_up "cannot send to $1"
}
send nobody@b.test 100
send user@elsewhere.test 100
send full@b.test 100
send big@b.test 30000
send later@deferred.test 100

# The four bounces land in sender@b.test's Maildir; a minute at most.
# (later@deferred.test is deferred, not bounced.)
box=$work/b/mail/b.test/sender/new
tries=0
while [ "$(find "$box" -type f 2>/dev/null | wc -l)" -lt 4 ]; do
	tries=$((tries + 1))
	[ "$tries" -le 120 ] || give_up "Postfix wrote no bounces in a minute"
	sleep 0.5
done

# findings FILE: one line per finding, code|status|recipient|kind.
findings() {
	ovhmail explain --format json <"$1" |
	    jq -r '.[] | "\(.code)|\(.status)|\(.recipient)|\(.kind)"'
}

# bounce_for RECIPIENT: the bounce that reports on it.
bounce_for() {
	grep -l "^Final-Recipient: rfc822; $1" "$box"/*
}

expect "Postfix: unknown recipient" \
    "$(findings "$(bounce_for nobody@b.test)")" "550|5.1.1|nobody@b.test|generic"
expect "Postfix: relay refused" \
    "$(findings "$(bounce_for user@elsewhere.test)")" \
    "554|5.7.1|user@elsewhere.test|generic"
expect "Postfix: mailbox full" \
    "$(findings "$(bounce_for full@b.test)")" "null|5.2.2|full@b.test|ovhcloud"
expect "Postfix: message too large" \
    "$(findings "$(bounce_for big@b.test)")" "552|5.3.4|big@b.test|ovhcloud"
expect "Postfix: the mailbox-full error is OVHcloud's 552" \
    "$(ovhmail explain --format json <"$(bounce_for full@b.test)" |
    jq -r '.[0].offers | join(",")')" "mxplan,zimbra,emailpro,exchange"
expect "Postfix: the text names the recipient" \
    "$(ovhmail explain <"$(bounce_for nobody@b.test)" |
    grep -c '^Recipient: *nobody@b.test$')" 1
grep 'status=bounced' "$work/a/postfix.log" >"$work/bounced.log"
expect "Postfix: A's mail log, one finding a bounce" \
    "$(findings "$work/bounced.log" | LC_ALL=C sort)" \
    "550|5.1.1|nobody@b.test|generic
552|5.3.4|big@b.test|ovhcloud
554|5.7.1|user@elsewhere.test|generic"

# The user's own Postfix retrying is temporary, never OVHcloud's legacy
# give-up that shares the status 4.4.1.
tries=0
until grep -q 'status=deferred' "$work/a/postfix.log"; do
	tries=$((tries + 1))
	[ "$tries" -le 60 ] || give_up "Postfix deferred nothing in 30 s"
	sleep 0.5
done
grep 'status=deferred' "$work/a/postfix.log" | head -n 1 >"$work/deferred.log"
expect "Postfix: a deferral is temporary, and no OVHcloud give-up" \
    "$(ovhmail explain --format json --file "$work/deferred.log" | jq -r \
    '.[] | "\(.status)|\(.recipient)|\(.kind)|\(.severity)|\(.reason)"')" \
    "4.4.1|later@deferred.test|generic|temporary|network"
expect "Postfix: a log line's queue id and time" \
    "$(ovhmail explain --format json --file "$work/deferred.log" | jq -r \
    '.[0] | (.queue_id | test("^[0-9A-Za-z]{6,}$")), (.time != null)')" \
    "true
true"

# The same bounces as an mbox, a Maildir and a gzipped log.
for f in "$box"/*; do
	echo "From MAILER-DAEMON Mon Dec  7 03:01:02 2026"
	cat "$f"
	echo
done >"$work/bounces.mbox"
expect "Postfix: the bounces as an mbox, each message alone" \
    "$(ovhmail explain --format json --file "$work/bounces.mbox" |
    jq -r '.[] | "\(.status)|\(.recipient)"' | LC_ALL=C sort)" \
    "5.1.1|nobody@b.test
5.2.2|full@b.test
5.3.4|big@b.test
5.7.1|user@elsewhere.test"
expect "Postfix: the bounces in their Maildir, summarised" \
    "$(ovhmail explain --summary --format json --file "${box%/new}" |
    jq -c '[.messages, .failures, (.groups | length)]')" "[4,4,4]"
gzip -c "$work/a/postfix.log" >"$work/mail.log.1.gz"
expect "Postfix: A's whole log gzipped, a failure a bounced or deferred line" \
    "$(ovhmail explain --summary --format json --file "$work/mail.log.1.gz" |
    jq '.failures')" \
    "$(grep -c 'status=\(bounced\|deferred\)' "$work/a/postfix.log")"

expect "qmail bounce" "$(findings tests/explain/qmail.eml)" \
    "550|5.1.1|nobody@example.com|generic
null|4.4.1|frank@example.fr|ovhcloud"
expect "Exchange bounce, quoted-printable" \
    "$(findings tests/explain/exchange.eml)" \
    "550|5.1.1|jan@example.nl|generic"
expect "forwarded report, base64 in nested multiparts" \
    "$(findings tests/explain/nested-base64.eml)" \
    "550|5.7.1|ana@example.com|ovhcloud"
expect "client dialog" "$(findings tests/explain/dialog.txt)" \
    "535|5.7.8|null|ovhcloud"
summary explain
