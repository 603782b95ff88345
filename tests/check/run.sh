#!/bin/sh
# "ovhmail check" against real servers on 127.0.0.1: Dovecot (IMAP and
# POP3, implicit TLS and STARTTLS) and Postfix (465 and 587, AUTH through
# Dovecot), with certificates from a CA made for the run; and against
# peers that go wrong (tests/check/peer.c).  Everything stops at the end.
# Starting Postfix needs root.  OVHMAIL_WRAPPER runs ovhmail under valgrind.
set -u
top=${OVHMAIL_CHECK_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$top" || exit 2
. tests/lib.sh
# The suite, its servers and its table are written with ports 10000 to
# 10999.  With $OVHMAIL_TEST_PORT_OFFSET, a copy of the three with every
# such port moved runs instead, so that runs side by side (check beside
# check-valgrind, two checkouts) each have their own.
if [ "$OVHMAIL_TEST_PORT_OFFSET" -ne 0 ]; then
	moved=$(mktemp -d)
	trap 'rm -rf "$moved"' EXIT
	for file in tests/check/run.sh tests/check/servers.sh \
	    tests/data/check.json; do
		MOVED=$moved perl -pe 's/\b(10\d\d\d)\b/$1 + $ENV{OVHMAIL_TEST_PORT_OFFSET}/ge;
		    s{(\$top/)?tests/check/servers\.sh}{$ENV{MOVED}/servers.sh}g;
		    s{(\$top/)?tests/data/check\.json}{$ENV{MOVED}/check.json}g' \
		    "$file" >"$moved/${file##*/}" || exit 2
	done
	OVHMAIL_TEST_PORT_OFFSET=0 OVHMAIL_CHECK_TOP=$top sh "$moved/run.sh"
	exit
fi
# A second run on the same ports waits for the first.
exec 9>/tmp/ovhmail-loopback-10100.lock
flock 9
work=$(mktemp -d)
peers=""

cleanup() {
	for pid in $peers; do
		kill "$pid" 2>/dev/null
	done
	sh tests/check/servers.sh stop "$work" 2>/dev/null
	rm -rf "$work" 2>/dev/null
}
trap cleanup EXIT
trap 'exit 1' INT TERM


give_up() {
	echo "check: $*"
	echo "check: $passed passed, $((failed + 1)) failed"
	exit 1
}

[ "$(id -u)" -eq 0 ] || give_up "starting Postfix needs root"
sh tests/check/pki.sh "$work" || give_up "cannot make the test certificates"
sh tests/check/servers.sh start "$work" || give_up "cannot start the servers"

peer() {
	tests/check/peer "$@" &
	peers="$peers $!"
}
peer silent 10202
peer say 10203 '* OK plain IMAP on a TLS port\r\n'
peer say 10204 '+OK a greeting that never end'
peer tls 10205 "$work/wrongname.pem" "$work/wrongname.key" '220 wrong.example ESMTP\r\n'
peer say 10206 'SSH-2.0-OpenSSH_9.2\r\n'
peer tls 10207 "$work/expired.pem" "$work/expired.key" '* OK expired\r\n'
peer blackhole 10208
# Hostile peers (peer.c's script mode): replies that never end, or that
# come one line every half second; commands injected with the STARTTLS
# answer; terminal escapes and bytes that are not UTF-8.
peer script 10211 - - /dev/null '>* OK flood\r\n' '<' '** CAPABILITY IMAP4rev1\r\n'
peer script 10212 - - /dev/null '>220 flood ESMTP\r\n' '<' '*250-PIPELINING\r\n'
peer script 10213 - - /dev/null '*220-hello\r\n'
peer script 10214 - - /dev/null '>+OK flood\r\n' '<' '>+OK\r\n' '*SASL PLAIN\r\n'
peer script 10218 - - /dev/null '>* OK drip\r\n' '<' '~* CAPABILITY IMAP4rev1\r\n'
peer script 10215 "$work/server.pem" "$work/server.key" /dev/null \
    '>* OK inject\r\n' '<' '>* CAPABILITY IMAP4rev1 STARTTLS\r\nA1 OK\r\n' \
    '<' '>A2 OK Begin TLS\r\n* CAPABILITY IMAP4rev1 AUTH=INJECTED\r\n' tls \
    '<' '>* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA1 OK\r\n'
peer script 10216 - - /dev/null \
    '>* OK \e]0;PWNED\a\e[2J \xc2\x9b31m \xe2\x80\xae evil\r\n' '<' \
    '>* CAPABILITY IMAP4rev1 AUTH=PL\e[2JAIN\r\nA1 OK\r\n'
peer script 10217 - - /dev/null '>+OK \xc0\xaf\xff bad \e[31mred\r\n' '<' \
    '>+OK\r\nSASL PL\xffAIN\r\n.\r\n'
for port in 10221 10222 10223 10224; do
	peer silent $port
done
# Peers that must never get the password, each writing down every byte it
# receives: one offers no STARTTLS, one has a certificate that does not
# verify, one offers AUTH only before STARTTLS.
peer script 10231 - - "$work/record-10231" '>* OK hi\r\n' '<' \
    '>* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA1 OK\r\n'
peer script 10232 "$work/wrongname.pem" "$work/wrongname.key" \
    "$work/record-10232" tls '>* OK hi\r\n' '<' \
    '>* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA1 OK\r\n'
peer script 10233 "$work/server.pem" "$work/server.key" "$work/record-10233" \
    '>220 hi ESMTP\r\n' '<' '>250-hi\r\n250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n' \
    '<' '>220 go ahead\r\n' tls '<' '>250-hi\r\n250 SIZE 1000\r\n'
# A server with a good certificate that offers only AUTH LOGIN.
peer script 10234 "$work/server.pem" "$work/server.key" "$work/record-10234" \
    tls '>220 hi ESMTP\r\n' '<' '>250-hi\r\n250 AUTH LOGIN\r\n' '<' \
    '>334 VXNlcm5hbWU6\r\n' '<' '>334 UGFzc3dvcmQ6\r\n' '<' '>235 2.7.0 ok\r\n'
# One that takes the password and then says nothing; one that answers it
# with lines that never end.
peer script 10235 "$work/server.pem" "$work/server.key" "$work/record-10235" \
    tls '>220 hi ESMTP\r\n' '<' '>250-hi\r\n250 AUTH PLAIN\r\n' '<' \
    '>334 \r\n' '<'
peer script 10236 "$work/server.pem" "$work/server.key" /dev/null \
    tls '>220 hi ESMTP\r\n' '<' '>250-hi\r\n250 AUTH PLAIN\r\n' '<' \
    '>334 \r\n' '<' '*235-and more\r\n'
# Certificates near their end (pki.sh), and a greeting that holds a '|',
# for check --format nagios.
peer script 10241 "$work/soon.pem" "$work/soon.key" /dev/null tls \
    '>* OK soon\r\n' '<' '>* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA1 OK\r\n'
peer script 10242 "$work/sooner.pem" "$work/sooner.key" /dev/null tls \
    '>* OK sooner\r\n' '<' '>* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA1 OK\r\n'
peer say 10243 '* BYE not|here = perf\r\n'
tests/check/peer wait 10110 10143 10465 10587 10993 10995 10202 10203 \
    10204 10205 10206 10207 10211 10212 10213 10214 10215 10216 10217 \
    10218 10221 10222 10223 10224 10231 10232 10233 10234 10235 10236 \
    10241 10242 10243 ||
    give_up "the servers did not start"

# check [ARGS...]: runs the check; its status, stdout and stderr land in
# $status, $work/out and $work/err.  timeout(1) only guards against a hang.
# --timeout bounds the whole check: under a wrapper (valgrind runs one
# thread at a time, and TLS slowly) the default is 60 s, not 10.
check() {
	check_table tests/data/check.json "$@"
}
# check_table TABLE ARGS: the same with another table.
check_table() {
	table=$1
	shift
	# shellcheck disable=SC2086 # the wrapper is words on purpose
	timeout 120 ${OVHMAIL_WRAPPER:-} ./ovhmail --data "$table" \
	    check ${OVHMAIL_WRAPPER:+--timeout 60} "$@" >"$work/out" \
	    2>"$work/err"
	status=$?
}
count() {
	grep -c -- "$1" "$work/out"
}
# timed ARGS: check ARGS, with the seconds it took in $took.  A bound on
# it is the timeout and $margin: generous, and more under a wrapper.
# The timeout is for the whole check: under a wrapper, where the TLS of a
# few servers at once takes seconds, checks that must reach the real
# servers get $quick seconds instead of 2.
margin=2
quick=2
[ -n "${OVHMAIL_WRAPPER:-}" ] && margin=10 quick=10
timed() {
	begin=$(date +%s%N)
	check "$@"
	took=$((($(date +%s%N) - begin) / 1000000000))
}
verdict() {
	jq -r ".servers[] | select(.port == $1) | .verdict" "$work/out"
}
hint_of() {
	jq -r ".servers[] | select(.port == $1) | .hint" "$work/out"
}

# --- The real servers, trusting the test CA.
check --cafile "$work/ca.pem"
expect "real servers: status" "$status" 0
expect "real servers: summary" "$(tail -n 1 "$work/out")" "6 of 6 servers work from here."
expect "real servers: each works" "$(count '=> works')" 6
expect "real servers: certificates" "$(count 'name matches, trusted')" 6
expect "real servers: TLS version" "$(grep -c 'ok    tls           TLSv1\.[23], ' "$work/out")" 6
expect "real servers: STARTTLS done" "$(count 'ok    starttls')" 3
expect "real servers: IMAP greeting" "$(grep -c 'greeting .* Dovecot (Debian) ready' "$work/out")" 4
expect "real servers: Postfix greeting" "$(count 'greeting      220 smtp.ovhmail.test ESMTP Postfix')" 2
expect "real servers: 587 before TLS" "$(count 'capabilities  AUTH (none), STARTTLS')" 1
expect "real servers: AUTH after TLS" "$(count 'capabilities  AUTH PLAIN LOGIN$')" 6
expect "real servers: nothing on stderr" "$(cat "$work/err")" ""

check --cafile "$work/ca.pem" --format json
expect "json: status" "$status" 0
expect "json: counts" "$(jq -c '[.checked, .working]' "$work/out")" "[6,6]"
expect "json: STARTTLS steps" "$(jq -c '[.servers[] | select(.security == "starttls") | .steps[] | select(.step == "starttls") | .status]' "$work/out")" '["ok","ok","ok"]'
expect "json: implicit TLS has no STARTTLS step" "$(jq '[.servers[] | select(.security == "ssl") | .steps[] | select(.step == "starttls")] | length' "$work/out")" 0

check smtp --no-ssl --cafile "$work/ca.pem" --format json
expect "one protocol, one setting" "$(jq -c '[.servers[] | [.protocol, .port]]' "$work/out")" '[["smtp",10587]]'
check imap --cafile "$work/ca.pem" --format json
expect "one protocol, both settings" "$(jq -c '[.servers[].port]' "$work/out")" '[10993,10143]'

# --- The system's CAs do not know the test CA.
check imap --ssl
expect "untrusted: status" "$status" 69
expect "untrusted: verdict" "$(grep '=> does not work' "$work/out")" "  => does not work: the certificate of 127.0.0.1 is not trusted: unable to get local issuer certificate"
expect "untrusted: hint" "$(grep -c 'hint: .*--cafile FILE' "$work/out")" 1
expect "untrusted: message" "$(cat "$work/err")" "ovhmail: check: 1 of 1 server does not work from here"

# --- Plain ports.
check --offer plain --format json
expect "plain: works" "$status" 0
expect "plain: note on the password" "$(jq -r '.servers[0].steps[] | select(.step == "login") | .status + ": " + .detail' "$work/out")" "note: the password would cross the network unencrypted; the server offers STARTTLS"

# --- By name, IPv4 and IPv6 addresses all listed.
check --offer localhost --cafile "$work/ca.pem" --format json
expect "localhost: works" "$status" 0
expect "localhost: 127.0.0.1 among the addresses" "$(jq -r '.servers[0].steps[0].detail' "$work/out" | tr ',' '\n' | grep -c '^ *127\.0\.0\.1$')" 1

# --- Servers that go wrong: each has its diagnosis and hint.
check --offer broken --cafile "$work/ca.pem" --timeout 2 --format json
expect "broken: status" "$status" 69
expect "broken: none works" "$(jq -c '[.checked, .working]' "$work/out")" "[6,0]"
expect "closed port" "$(verdict 10201)" "127.0.0.1 refused the connection on port 10201"
expect "closed port: hint" "$(hint_of 10201)" "try 10202 with STARTTLS (ovhmail check imap --no-ssl)"
expect "silent server" "$(verdict 10202)" "127.0.0.1 port 10202 accepted the connection but said nothing"
expect "plain text on a TLS port" "$(verdict 10203)" "127.0.0.1 port 10203 speaks plain text, not TLS"
expect "hangs mid-greeting" "$(verdict 10204)" "the greeting of 127.0.0.1 started but did not finish"
expect "hangs mid-greeting: what came" "$(jq -r '.servers[] | select(.port == 10204) | .steps[-1].detail' "$work/out")" '"+OK a greeting that never end", then nothing within 2 s'
expect "wrong certificate name" "$(verdict 10205)" "the certificate is for CN=wrong.example, not 127.0.0.1"
expect "wrong certificate: stops there" "$(jq -r '.servers[] | select(.port == 10205) | .steps[-1].step' "$work/out")" certificate
expect "speaks something else" "$(verdict 10206)" "127.0.0.1 port 10206 does not speak SMTP"

check --offer broken2 --cafile "$work/ca.pem" --timeout "$quick" --format json
expect "broken2: status" "$status" 69
expect "expired certificate" "$(verdict 10207)" "the certificate of 127.0.0.1 expired on 2020-02-01"
expect "blocked port" "$(verdict 10208)" "no answer from 127.0.0.1 port 10208 within $quick s: the port seems blocked on this network"
expect "blocked port: hint" "$(hint_of 10208)" "try 10587 with STARTTLS (ovhmail check smtp --no-ssl)"
expect "the alternative works" "$(verdict 10587)" "works"
expect "unknown host" "$(verdict 10209)" "nonexistent.invalid cannot be resolved"

# --- Replies that never end: each is cut at a limit of lines and bytes,
# and one deadline holds for every read of a server's check.
timed --offer flood --timeout 100 --format json
expect "flood: status" "$status" 69
expect "flood: IMAP CAPABILITY lines" "$(verdict 10211)" "127.0.0.1 did not list its capabilities: a reply too long"
expect "flood: POP3 CAPA lines" "$(verdict 10214)" "127.0.0.1 did not list its capabilities: a reply too long"
expect "flood: SMTP 250- lines" "$(verdict 10212)" "127.0.0.1 did not list its capabilities: a reply too long"
expect "flood: over well within the timeout" "$((took < 20))" 1
timed --offer flood2 --timeout 2 --format json
expect "flood2: SMTP 220- greeting" "$(verdict 10213)" "no greeting from 127.0.0.1: a reply too long"
expect "flood2: a line every half second" "$(verdict 10218)" "127.0.0.1 did not list its capabilities: nothing within the timeout"
expect "flood2: over at the deadline" "$((took < 2 + 3 * margin))" 1

# --- STARTTLS injection (CVE-2011-0411): what comes with the answer
# must not pass for what came inside TLS.
check --offer inject --cafile "$work/ca.pem" --timeout "$quick"
expect "injection: status" "$status" 69
expect "injection: verdict" "$(grep '=> does not work' "$work/out")" "  => does not work: 127.0.0.1 sent plain text after accepting STARTTLS: an attack, or a broken server"
expect "injection: the step" "$(grep -c 'FAIL  starttls .*A2 OK Begin TLS", then more in plain text before TLS began' "$work/out")" 1
expect "injection: nothing injected reported" "$(grep -c INJECTED "$work/out")" 0

# --- What servers send reaches the terminal escaped, and the json report
# stays valid UTF-8 with the same characters escaped.
check --offer escapes --timeout 2
expect "escapes: no ESC, C1 or bidi byte on the terminal" "$(LC_ALL=C grep -c -e "$(printf '\033')" -e "$(printf '\302\233')" -e "$(printf '\342\200\256')" "$work/out")" 0
expect "escapes: the greeting shown escaped" "$(grep -c -F 'greeting      * OK \e]0;PWNED\a\e[2J \u009b31m \u202e evil' "$work/out")" 1
expect "escapes: a capability shown escaped" "$(grep -c -F 'capabilities  AUTH PL\e[2JAIN' "$work/out")" 1
expect "escapes: bytes that are not UTF-8" "$(grep -c -F 'greeting      +OK \xc0\xaf\xff bad \e[31mred' "$work/out")" 1
check --offer escapes --timeout 2 --format json
expect "escapes, json: valid UTF-8" "$(iconv -f UTF-8 -t UTF-8 "$work/out" >/dev/null 2>&1 && echo valid)" valid
expect "escapes, json: no ESC, C1 or bidi byte" "$(LC_ALL=C grep -c -e "$(printf '\033')" -e "$(printf '\302\233')" -e "$(printf '\342\200\256')" "$work/out")" 0
expect "escapes, json: the greeting, escaped as JSON does" "$(jq -r '.servers[0].steps[] | select(.step == "greeting") | .detail' "$work/out" | od -An -c | tr -s ' \n' ' ')" "$(printf '* OK \033]0;PWNED\a\033[2J \302\23331m \342\200\256 evil\n' | od -An -c | tr -s ' \n' ' ')"
expect "escapes, json: not UTF-8 becomes U+FFFD" "$(jq -r '.servers[1].steps[] | select(.step == "greeting") | .detail' "$work/out" | cut -d ' ' -f 1-3)" "+OK ��� bad"

# --- The data read once: ovhmail hands what it read to ovhmail-check.
# shellcheck disable=SC2086 # the wrapper is words on purpose
cat tests/data/check.json | timeout 120 ${OVHMAIL_WRAPPER:-} ./ovhmail \
    --data /dev/stdin check --offer plain --format json >"$work/out" \
    2>"$work/err"
expect "data on a pipe: status" "$?" 0
expect "data on a pipe: checked" "$(jq -c '[.checked, .working]' "$work/out")" "[2,2]"
expect "data on a pipe: nothing on stderr" "$(cat "$work/err")" ""

# --- The timeout bounds the whole of a server's check: a TLS handshake
# that never ends costs it once; 41 addresses that never answer cost it
# once, not once each (16 tried, and the rest said to be left out).
timed --offer tlswait --timeout 3 --format json
expect "TLS wait: verdict" "$(verdict 10202)" "127.0.0.1 port 10202 does not answer TLS"
expect "TLS wait: the timeout once" "$((took < 3 + margin))" 1
awk 'BEGIN { while (n++ < 41) print "127.0.0.1 many.ovhmail.test" }' >"$work/hosts"
begin=$(date +%s%N)
# shellcheck disable=SC2016 # expanded by the inner shell
unshare -m sh -c 'mount --bind "$1" /etc/hosts && shift && exec "$@"' sh \
    "$work/hosts" timeout 120 ./ovhmail --data tests/data/check.json check \
    --offer many --timeout 1 --format json >"$work/out" 2>"$work/err"
took=$((($(date +%s%N) - begin) / 1000000000))
expect "many addresses: verdict" "$(verdict 10208)" "no answer from many.ovhmail.test port 10208 within 1 s: the port seems blocked on this network"
expect "many addresses: the timeout once" "$((took < 1 + margin))" 1
expect "many addresses: how many left out" "$(jq -r '.servers[0].steps[0] | .status + " " + (.detail | sub(".*; "; ""))' "$work/out")" "note 25 more addresses left out"

# --- Every server at once, within one deadline: four silent servers, one
# that stops mid-greeting and a blocked port take the timeout once, not
# once each; the report keeps the table's order and each gets its verdict.
timed --offer slow --timeout 2
expect "at once: status" "$status" 69
expect "at once: within the timeout and a margin" "$((took < 2 + margin))" 1
expect "at once: the table's order" "$(grep -o '^[A-Z0-9]* 127\.0\.0\.1 port [0-9]*' "$work/out" | awk '{ print $4 }' | tr '\n' ' ')" "10221 10222 10223 10204 10208 10224 "
expect "at once: each block whole" "$(grep -c '=> does not work' "$work/out")" 6
expect "at once: TLS silent" "$(grep -Ec 'does not work: 127.0.0.1 port (10221|10223) does not answer TLS' "$work/out")" 2
expect "at once: greeting silent" "$(grep -Ec 'does not work: 127.0.0.1 port (10222|10224) accepted the connection but said nothing' "$work/out")" 2
expect "at once: mid-greeting" "$(grep -c 'does not work: the greeting of 127.0.0.1 started but did not finish' "$work/out")" 1
expect "at once: blocked" "$(grep -c 'does not work: no answer from 127.0.0.1 port 10208 within 2 s' "$work/out")" 1
timed --offer slow --timeout 2 --format json
expect "at once, json: shape" "$(jq -c '[.checked, .working, [.servers[].port]]' "$work/out")" "[6,0,[10221,10222,10223,10204,10208,10224]]"
expect "at once, json: within the timeout and a margin" "$((took < 2 + margin))" 1

# --- In the user's language the text report is translated; the json one
# is the same as in the C locale, since programs read it.
check_in() {
	locale=$1
	shift
	LC_ALL= LANG=$locale OVHMAIL_LOCALEDIR="$top/locale" check "$@"
}
check_in fr_FR.UTF-8 --offer broken --cafile "$work/ca.pem" --timeout 2
expect "fr: verdict" "$(grep -c '=> ne fonctionne pas : 127.0.0.1 a refusé la connexion sur le port 10201' "$work/out")" 1
expect "fr: hint" "$(grep -c '=> conseil : essayez 10202 avec STARTTLS' "$work/out")" 1
expect "fr: summary" "$(tail -n 1 "$work/out")" "serveurs qui fonctionnent d'ici : 0 sur 6."
expect "fr: message" "$(cat "$work/err")" "ovhmail: check: serveurs qui ne fonctionnent pas d'ici : 6 sur 6"
check_in nl_NL.UTF-8 --offer loopback --cafile "$work/ca.pem"
expect "nl: works" "$(grep -c '=> werkt$' "$work/out")" 6
expect "nl: heading" "$(grep -c '^IMAP 127.0.0.1 poort 10143 (STARTTLS)$' "$work/out")" 1
expect "nl: summary" "$(tail -n 1 "$work/out")" "servers die van hieruit werken: 6 van 6."
# The times vary from run to run: they are left out of the comparison.
untimed='del(.servers[] | .elapsed_ms, .connect_ms, .tls_ms)'
check --offer broken --cafile "$work/ca.pem" --timeout 2 --format json
jq "$untimed" "$work/out" >"$work/json-c"
for locale in nl_NL.UTF-8 fr_FR.UTF-8; do
	check_in "$locale" --offer broken --cafile "$work/ca.pem" \
	    --timeout 2 --format json
	expect "$locale: the json report does not change" \
	    "$(jq "$untimed" "$work/out" | diff "$work/json-c" - 2>&1)" ""
done

# --- As a monitoring plugin (--format nagios).  The offers: those of
# tests/data/check.json, and a server whose certificate has 10 days left, one with 3; a
# current server beside a legacy entry that does not work; a server whose
# refusal holds a '|'.
jq '(.offers[0] | .default = false) as $o | .offers += [
    ($o | .id = "soon" | .servers = [.servers[0] | .port = 10241]),
    ($o | .id = "sooner" | .servers = [.servers[0] | .port = 10242]),
    ($o | .id = "legacy" | .servers = [.servers[0], (.servers[1] |
	.port = 10249 | .security = "none" | .status = "legacy" |
	.reason = "a test of --legacy")]),
    ($o | .id = "pipe" | .servers = [.servers[1] | .port = 10243 |
	.security = "none"])]' \
    tests/data/check.json >"$work/plugin.json" ||
    give_up "cannot write the plugin's table"
# plugin ARGS: check --format nagios ARGS against that table.
plugin() {
	check_table "$work/plugin.json" --format nagios "$@"
}
# The grammar of the guidelines: the first line, then each item of the
# performance data after its '|'.
first_line='^[A-Z_]+ (OK|WARNING|CRITICAL|UNKNOWN) - [^|]*( \| .*)?$'
perf_item="^'[^']+'=-?[0-9.]+(ms|s|%|B|KB|MB|GB|TB|c)?(;[^;]*){0,4}\$"
perf_items() {
	head -n 1 "$work/out" | sed -n 's/^[^|]* | //p' | tr ' ' '\n'
}
# grammar: "ok" when the first line and every perfdata item parse.
grammar() {
	if head -n 1 "$work/out" | grep -Eq "$first_line" &&
	    [ "$(perf_items | grep -c .)" -gt 0 ] &&
	    [ "$(perf_items | grep -Evc "$perf_item")" -eq 0 ]; then
		echo ok
	else
		echo "bad: $(head -n 1 "$work/out")"
	fi
}
# perf_value PROTOCOL PORT METRIC: the value of a server's item.
perf_value() {
	perf_items | sed -n "s/^'$1_127\.0\.0\.1_$2_$3'=//p"
}
plugin --offer loopback --cafile "$work/ca.pem"
expect "plugin: OK" "$status" 0
expect "plugin: OK, said" "$(head -n 1 "$work/out" | cut -d '|' -f 1)" "OVHMAIL_CHECK OK - 6 of 6 servers work, certificates valid for 364 days or more "
expect "plugin: the guidelines' grammar" "$(grammar)" ok
expect "plugin: four items a TLS server" "$(for metric in time connect tls cert_days; do
    perf_value imap 10993 $metric; done | grep -c .)" 4
expect "plugin: times in ms, from 0" "$(perf_value imap 10993 connect | sed 's/^[0-9]*ms/Nms/; s/[0-9]*$/N/')" "Nms;;;0;N"
expect "plugin: days unitless, alerting below the thresholds" "$(perf_value smtp 10587 cert_days)" "364;30:;7:;;"
expect "plugin: a line a server" "$(sed -n '2,$p' "$work/out" | grep -c '^\[OK\] .*: works in [0-9]* ms; certificate valid until 20[0-9-]*T[0-9:]*Z, 364 days left$')" 6
expect "plugin: nothing on stderr" "$(cat "$work/err")" ""
plugin --offer soon --cafile "$work/ca.pem"
expect "plugin: 10 days left warns" "$status" 1
expect "plugin: 10 days left, said" "$(head -n 1 "$work/out" | cut -d '|' -f 1)" "OVHMAIL_CHECK WARNING - 1 of 1 server works; IMAP 127.0.0.1:10241 certificate expires in 9 days "
expect "plugin: 10 days left, perfdata" "$(perf_value imap 10241 cert_days)" "9;30:;7:;;"
expect "plugin: 10 days left, grammar" "$(grammar)" ok
plugin --offer sooner --cafile "$work/ca.pem"
expect "plugin: 3 days left is critical" "$status" 2
expect "plugin: 3 days left, said" "$(head -n 1 "$work/out" | cut -d '|' -f 1)" "OVHMAIL_CHECK CRITICAL - 1 of 1 server works; IMAP 127.0.0.1:10242 certificate expires in 2 days "
expect "plugin: 3 days left, the server's line" "$(sed -n 2p "$work/out" | sed 's/in [0-9]* ms/in N ms/; s/until [0-9T:-]*Z/until DATE/')" "[CRITICAL] IMAP 127.0.0.1 port 10242 (SSL/TLS): works in N ms; certificate valid until DATE, 2 days left"
plugin --offer soon --cafile "$work/ca.pem" --warning-days 5
expect "plugin: --warning-days 5 makes 10 days OK" "$status" 0
expect "plugin: --warning-days 5, said" "$(head -n 1 "$work/out" | cut -d '|' -f 1)" "OVHMAIL_CHECK OK - 1 of 1 server works, certificates valid for 9 days or more "
expect "plugin: --warning-days in the perfdata" "$(perf_value imap 10241 cert_days)" "9;5:;7:;;"
plugin --offer soon --cafile "$work/ca.pem" --critical-days 12
expect "plugin: --critical-days 12 makes 10 days CRITICAL" "$status" 2
plugin --offer sooner --cafile "$work/ca.pem" --critical-days 2
expect "plugin: --critical-days 2 leaves 3 days a WARNING" "$status" 1
plugin --offer broken --cafile "$work/ca.pem" --timeout 2
expect "plugin: servers that do not work are CRITICAL" "$status" 2
expect "plugin: which, said" "$(head -n 1 "$work/out" | grep -o 'IMAP 127.0.0.1:10201 does not work')" "IMAP 127.0.0.1:10201 does not work"
expect "plugin: why, on its line" "$(grep -c '^\[CRITICAL\] SMTP 127.0.0.1 port 10206 (STARTTLS): does not work: 127.0.0.1 port 10206 does not speak SMTP$' "$work/out")" 1
expect "plugin: broken, grammar" "$(grammar)" ok
plugin --offer pipe --timeout "$quick"
expect "plugin: a '|' from a server" "$status" 2
expect "plugin: one '|' in all the answer" "$(tr -cd '|' <"$work/out")" "|"
expect "plugin: the server's '|' shown as '/'" "$(grep -c 'refuses clients: "\* BYE not/here = perf"' "$work/out")" 1
plugin --offer broken2 --cafile "$work/ca.pem" --timeout "$quick"
expect "plugin: a name that does not resolve is CRITICAL" "$status" 2
expect "plugin: said so" "$(grep -c '^\[CRITICAL\] POP3 nonexistent.invalid port 10209 (SSL/TLS): does not work: nonexistent.invalid cannot be resolved$' "$work/out")" 1
(
	ulimit -n 5
	exec ./ovhmail --data "$work/plugin.json" check --format nagios \
	    --timeout 5
) >"$work/out" 2>"$work/err"
expect "plugin: this machine's limit is UNKNOWN" "$?" 3
expect "plugin: UNKNOWN, said" "$(cat "$work/out")" "OVHMAIL_CHECK UNKNOWN - check: Too many open files"

# --- The numbers of the json report: the times of each server, and the
# certificate's end as openssl(1) reads it.
check --offer loopback --cafile "$work/ca.pem" --format json
expect "json: times" "$(jq -c '[.servers[] | (.elapsed_ms >= .connect_ms + .tls_ms and .connect_ms >= 0 and .tls_ms >= 0)] | unique' "$work/out")" "[true]"
expect "json: days left" "$(jq -c '[.servers[].certificate.days_left] | unique' "$work/out")" "[364]"
expect "json: not after" "$(jq -r '.servers[0].certificate.not_after' "$work/out")" "$(date -u -d "$(openssl x509 -in "$work/server.pem" -noout -enddate | cut -d = -f 2)" +%Y-%m-%dT%H:%M:%SZ)"
check_table "$work/plugin.json" --offer sooner --cafile "$work/ca.pem" --format json
expect "json: 3 days left" "$(jq -c '.servers[0].certificate | [.days_left, .subject]' "$work/out")" '[2,"CN=127.0.0.1"]'
expect "json: the certificate's end" "$(jq -r '.servers[0].certificate.not_after' "$work/out")" "$(date -u -d "$(openssl x509 -in "$work/sooner.pem" -noout -enddate | cut -d = -f 2)" +%Y-%m-%dT%H:%M:%SZ)"
check --offer broken2 --cafile "$work/ca.pem" --timeout "$quick" --format json
expect "json: an expired certificate's days" "$(jq '.servers[] | select(.port == 10207) | .certificate.days_left | type == "number" and . < -300' "$work/out")" true
expect "json: no name, no time" "$(jq -c '.servers[] | select(.port == 10209) | [("elapsed_ms", "connect_ms", "tls_ms", "certificate") as $key | if has($key) then .[$key] else "missing" end]' "$work/out")" "[null,null,null,null]"
check --offer plain --format json
expect "json: no TLS, no TLS time" "$(jq -c '[.servers[] | [.tls_ms, .certificate, (.connect_ms >= 0)]] | unique' "$work/out")" "[[null,null,true]]"
check_table "$work/plugin.json" --offer sooner --cafile "$work/ca.pem"
expect "text: the expiry and the days left" "$(grep -c 'ok    certificate   CN=127.0.0.1, issued by CN=ovhmail test CA, expires 20[0-9-]* (2 days left), name matches, trusted$' "$work/out")" 1

# --- The legacy entries only with --legacy, as export writes them.
check_table "$work/plugin.json" --offer legacy --cafile "$work/ca.pem" --format json
expect "legacy: left out" "$(jq -c '[.checked, .legacy_left_out, [.servers[].port]]' "$work/out")" "[1,1,[10993]]"
expect "legacy: works without" "$status" 0
check_table "$work/plugin.json" --offer legacy --cafile "$work/ca.pem"
expect "legacy: said so" "$(tail -n 2 "$work/out" | head -n 1)" "1 legacy server left out: --legacy checks it too."
check_table "$work/plugin.json" --offer legacy --cafile "$work/ca.pem" --legacy --format json
expect "legacy: with --legacy" "$(jq -c '[.checked, .legacy_left_out, [.servers[] | [.port, .status, .works]]]' "$work/out")" '[2,0,[[10993,"current",true],[10249,"legacy",false]]]'
check_table "$work/plugin.json" --offer legacy --no-ssl
expect "legacy: only legacy entries" "$(cat "$work/err")" "ovhmail: check: only 1 legacy server entry matches: add --legacy to check it"
plugin --offer legacy --cafile "$work/ca.pem"
expect "plugin: legacy left out, OK" "$status" 0
plugin --offer legacy --cafile "$work/ca.pem" --legacy
expect "plugin: a legacy server that fails warns" "$status" 1
expect "plugin: legacy, said" "$(head -n 1 "$work/out" | cut -d '|' -f 1)" "OVHMAIL_CHECK WARNING - 1 of 2 servers work; IMAP 127.0.0.1:10249 (legacy) does not work "
expect "plugin: legacy, grammar" "$(grammar)" ok

# --- No credentials were ever sent: the servers saw no login attempt.
log=$work/dovecot/dovecot.log
expect "Dovecot saw no login" "$(grep -c 'Login: ' "$log")" 0
expect "Dovecot saw no failed login" "$(grep -c 'auth failed' "$log")" 0
expect "Dovecot saw sessions end without auth" "$(grep -c 'no auth attempts' "$log" | awk '{ print ($1 > 0) }')" 1
expect "Postfix saw no login" "$(grep -c 'sasl_method=' "$work/postfix/postfix.log")" 0

# --- The login test, with the password of servers.sh's test user.
user=tester@ovhmail.test
password='Corr3ct horse "b4ttery" \ staple'
printf '%s\n' "$password" >"$work/password"
printf 'wrong %s\n' "$password" >"$work/wrong"
# The password as AUTH PLAIN sends it, which must not leak either.
plain=$(printf '\0%s\0%s' "$user" "$password" | base64 -w 0)
leaks() {
	cat "$@" | grep -c -F -e "$password" -e "$plain"
}
# tests/data has no errors.json: a rejection is explained by the real one.
export OVHMAIL_ERRORS="$top/data/errors.json"
check --offer loopback --cafile "$work/ca.pem" --login --email "$user" \
    --password-fd 3 3<"$work/password"
expect "login: status" "$status" 0
expect "login: accepted on each port" "$(grep -c "ok    login         $user accepted" "$work/out")" 6
expect "login: IMAP after STARTTLS" "$(grep -A 9 '^IMAP 127.0.0.1 port 10143' "$work/out" | grep -c 'login .* accepted: "A3 OK')" 1
expect "login: SMTP 465" "$(grep -A 9 '^SMTP 127.0.0.1 port 10465' "$work/out" | grep -c 'login .* accepted: "235 ')" 1
expect "login: nothing on stderr" "$(cat "$work/err")" ""
expect "login: the password not in the report" "$(leaks "$work/out")" 0
check --offer loopback --cafile "$work/ca.pem" --login --email "$user" \
    --password-command "cat '$work/wrong'" --format json
expect "wrong password: status" "$status" 69
expect "wrong password: each rejected" "$(jq '[.servers[] | select(.verdict == "127.0.0.1 rejected the password of tester@ovhmail.test")] | length' "$work/out")" 6
expect "wrong password: SMTP's reply" "$(jq -r '.servers[] | select(.port == 10587) | .steps[-1].detail' "$work/out" | cut -c 1-69)" "tester@ovhmail.test rejected: \"535 5.7.8 Error: authentication failed"
expect "wrong password: explained from errors.json" "$(jq -r '.servers[] | select(.port == 10993) | .hint' "$work/out")" "$(jq -r '.errors[] | select(.id == "smtp-535") | "\(.meaning) \(.fix) (ovhmail explain 535)"' data/errors.json)"
expect "wrong password: not in the json report" "$(leaks "$work/out" "$work/err")" 0
expect "Dovecot: the logins" "$(grep -c "Login: user=<$user>" "$log")" 4
expect "Dovecot: the failures" "$(grep -c "auth failed, 1 attempts" "$log" | awk '{ print ($1 >= 4) }')" 1
expect "Postfix: the failed logins" "$(grep -c "SASL PLAIN authentication failed" "$work/postfix/postfix.log")" 2
expect "the password in no server log" "$(leaks "$log" "$work/postfix/postfix.log")" 0

# AUTH LOGIN where it is all the server offers: the name, then the
# password, each in base64, as the peer's record shows.
check --offer authlogin --cafile "$work/ca.pem" --login --email "$user" \
    --password-fd 3 --format json 3<"$work/password"
expect "AUTH LOGIN: accepted" "$(jq -r '.servers[0].steps[-1].detail' "$work/out")" "$user accepted: \"235 2.7.0 ok\""
expect "AUTH LOGIN: what the server got" "$(sed -n '2,4p' "$work/record-10234" | tr -d '\r')" "$(printf 'AUTH LOGIN\n%s\n%s' "$(printf '%s' "$user" | base64 -w 0)" "$(printf '%s' "$password" | base64 -w 0)")"

# Never in plain text, never past a certificate that fails, never before
# STARTTLS: the peers' records hold what they got, and no password.
logins=$(grep -c -e 'Login: ' -e 'auth failed' "$log")
check --offer nologin --cafile "$work/ca.pem" --login --email "$user" \
    --password-fd 3 --format json --timeout 5 3<"$work/password"
expect "refused: status" "$status" 69
expect "refused: no STARTTLS" "$(jq -r '.servers[] | select(.port == 10231) | .steps[-1].detail' "$work/out")" "not tried, nothing was sent: the connection is not encrypted"
expect "refused: bad certificate" "$(jq -r '.servers[] | select(.port == 10232) | .steps[-1].detail' "$work/out")" "not tried, nothing was sent: the server's certificate did not verify"
expect "refused: AUTH only before STARTTLS" "$(jq -r '.servers[] | select(.port == 10233) | .steps[-1].detail' "$work/out")" "not tried, nothing was sent: the server offers no way to log in that this check knows"
expect "refused: the records hold the session" "$(grep -c -e CAPABILITY -e EHLO "$work/record-10231" "$work/record-10233" | grep -c ':[1-9]')" 2
expect "refused: the peers never got the password" "$(leaks "$work/record-10231" "$work/record-10232" "$work/record-10233")" 0
expect "refused: stderr" "$(cat "$work/err")" "ovhmail: check: 3 of 3 servers do not work from here"
check --offer plain --login --email "$user" --password-fd 3 --format json 3<"$work/password"
expect "plain port: refused" "$(jq -r '[.servers[].steps[-1].detail] | unique | .[]' "$work/out")" "not tried, nothing was sent: the connection is not encrypted"
expect "plain port: Dovecot saw no new login" "$(grep -c -e 'Login: ' -e 'auth failed' "$log")" "$logins"

# Not in ps, not in the environment, and no hang without a terminal.
./ovhmail --data tests/data/check.json check --offer slow --timeout 3 \
    --login --email "$user" --password-fd 3 3<"$work/password" \
    >/dev/null 2>&1 &
checking=$!
sleep 1
ps -eo args >"$work/ps"
cat /proc/[0-9]*/environ >"$work/environ" 2>/dev/null
# Suites beside this one run checks of their own: this one's is the one.
expect "the check was running" "$(ps -o args= -p "$checking" |
    grep -c 'ovhmail --data .*--login')" 1
expect "the password not in ps" "$(leaks "$work/ps")" 0
expect "the password not in the environment" "$(leaks "$work/environ")" 0
wait "$checking"
setsid -w timeout 20 ./ovhmail --data tests/data/check.json check \
    --login --email "$user" </dev/null >"$work/out" 2>"$work/err"
expect "no terminal: a usage error" "$?" 64
expect "no terminal: why" "$(head -n 1 "$work/err")" "ovhmail: --login: no terminal to ask for the password: give --password-fd N or --password-command CMD"

# No core dump holds the password: with cores allowed, SIGQUIT while the
# server stalls after AUTH leaves no core (the process is not dumpable and
# its core limit is 0).  The binary runs as it is, for the signal, which
# sh(1) ignores in a background job unless env(1) puts it back.
mkdir "$work/core"
(
	ulimit -c unlimited
	cd "$work/core" && exec env --default-signal=QUIT "$top/ovhmail" \
	    --data "$top/tests/data/check.json" \
	    check --offer stall --cafile "$work/ca.pem" --timeout 30 --login \
	    --email "$user" --password-fd 3 3<"$work/password" >/dev/null 2>&1
) &
stalled=$!
tries=0
while [ $tries -lt 100 ] && [ "$(wc -l <"$work/record-10235" 2>/dev/null ||
    echo 0)" -lt 3 ]; do
	sleep 0.1
	tries=$((tries + 1))
done
expect "core: the password was sent" "$(sed -n 3p "$work/record-10235" | tr -d '\r')" "$plain"
expect "core: no core size" "$(awk '/^Max core file size/ { print $5 }' "/proc/$stalled/limits")" 0
kill -QUIT "$stalled"
wait "$stalled" 2>/dev/null
expect "core: ended by SIGQUIT" "$?" 131
expect "core: no core file" "$(ls "$work/core" | wc -l)" 0
expect "core: the password in no file" "$(cat "$work/core"/* 2>/dev/null | leaks)" 0

# More lines after the password than any real answer has.
check --offer flood3 --cafile "$work/ca.pem" --login --email "$user" \
    --password-fd 3 3<"$work/password"
expect "flood after the password: status" "$status" 69
expect "flood after the password: said" "$(grep '^  FAIL  login' "$work/out")" \
    "  FAIL  login         the server sent too many lines"

# A limit of this machine is not the server's failure.
# dash keeps its own descriptors above 9: the redirections stay outside.
(
	ulimit -n 5
	exec ./ovhmail --data tests/data/check.json check --offer loopback \
	    --timeout 5
) >"$work/out" 2>"$work/err"
expect "out of descriptors: EX_OSERR" "$?" 71
expect "out of descriptors: why" "$(cat "$work/err")" "ovhmail: check: Too many open files"
expect "out of descriptors: not the server" "$(grep -c 'cannot be resolved\|is it online' "$work/out")" 0

# Ctrl-C at the password prompt gives the terminal its echo back.  A shell
# in tmux starts the check, gets ^C at the prompt, then runs stty(1).  The
# binary runs as it is: under valgrind a death by signal always reports
# stdio's buffer as still reachable.
# screen_shows TEXT: waits up to 60 s (the suite under valgrind or ASan,
# beside others) for TEXT on the screen.
screen_shows() {
	tries=0
	while [ $tries -lt 600 ]; do
		tmux -L "$session" capture-pane -p | grep -q "$1" && return 0
		sleep 0.1
		tries=$((tries + 1))
	done
	return 1
}
if command -v tmux >/dev/null 2>&1; then
	session=ovhmail-prompt-$$
	tmux -L "$session" new-session -d -c "$PWD" -x 120 -y 20 sh
	tmux -L "$session" send-keys "./ovhmail --data tests/data/check.json \
check --login --email $user" Enter
	screen_shows 'Password for' ||
	    expect "prompt: shown" "$(tmux -L "$session" capture-pane -p)" \
	    "Password for $user: "
	tmux -L "$session" send-keys C-c
	tmux -L "$session" send-keys "stty -a >$work/stty; echo stty done" \
	    Enter
	screen_shows '^stty done' || echo "check: no stty after ^C" >&2
	# A password command that asks on the terminal gets it, rather than
	# being stopped by SIGTTIN in its own process group.  What the screen
	# is waited for is not in the command line as typed: "%s:" prints the
	# question, "[0-9]" the status.
	tmux -L "$session" send-keys "./ovhmail --data tests/data/check.json \
check --offer plain --login --email $user --timeout 10 --password-command \
'printf \"%s:\" ask >/dev/tty; read -r p </dev/tty; echo \$p' >/dev/null \
2>$work/tty; \
echo tty status \$?" Enter
	screen_shows 'ask:' || echo "check: no question on the terminal" >&2
	tmux -L "$session" send-keys "typed" Enter
	screen_shows '^tty status [0-9]' ||
	    echo "check: no end after the answer" >&2
	expect "password command on the terminal" "$(tmux -L "$session" \
	    capture-pane -p | sed -n 's/^tty status \([0-9]\)/\1/p')" 69
	expect "password command on the terminal: no timeout" \
	    "$(grep -c 'did not finish' "$work/tty")" 0
	tmux -L "$session" kill-server 2>/dev/null
	expect "prompt: echo back after ^C" "$(tr ' ;' '\n\n' <"$work/stty" |
	    grep -x -e echo -e -echo)" echo
else
	expect "prompt: tmux is installed" no yes
fi

summary check
