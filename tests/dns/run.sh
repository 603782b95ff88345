#!/bin/sh
# "ovhmail discover", "verify" and --discover against BIND's named on
# 127.0.0.1:12053, authoritative for the zones tests/dns/zones.sh writes:
# every offer and region done right, and zones wrong in one way each; and
# against DNS that fails: a zone that does not load (SERVFAIL), a name
# outside every zone (REFUSED), a resolver that never answers (peer mute
# on 12054) and a port where nothing listens (12055).  Starting named
# needs root.  OVHMAIL_WRAPPER runs ovhmail under valgrind; every port
# moves by $OVHMAIL_TEST_PORT_OFFSET.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
. tests/lib.sh
# named and the mute peer listen on fixed ports: a second run on the same
# machine (dns-valgrind beside dns, or two checkouts) waits for the first.
dns=$(port 12053)
mute_port=$(port 12054)
dead_port=$(port 12055)
exec 9>"/tmp/ovhmail-dns-$dns.lock"
flock 9
work=$(mktemp -d)
mute=""

cleanup() {
	[ -n "$mute" ] && kill "$mute" 2>/dev/null
	sh tests/dns/named.sh stop "$work"
	rm -rf "$work" 2>/dev/null
}
trap cleanup EXIT
trap 'exit 1' INT TERM

give_up() {
	echo "dns: $*"
	echo "dns: $passed passed, $((failed + 1)) failed"
	exit 1
}

[ "$(id -u)" -eq 0 ] || give_up "starting named needs root"
command -v named >/dev/null 2>&1 || give_up "named (Debian bind9) is not installed"
sh tests/dns/named.sh start "$work" || give_up "named did not start: $(tail -n 5 "$work/named.log")"
tests/check/peer mute "$mute_port" &
mute=$!

# run ARGS...: ovhmail against the test server; status, stdout, stderr
# in $status, $work/out, $work/err.  timeout(1) only guards against a hang.
run() {
	# shellcheck disable=SC2086 # the wrapper is words on purpose
	timeout 120 ${OVHMAIL_WRAPPER:-} ./ovhmail --data data/servers.json \
	    --resolver "127.0.0.1:$dns" "$@" >"$work/out" 2>"$work/err"
	status=$?
}
out() {
	cat "$work/out"
}
err() {
	cat "$work/err"
}
json() {
	jq -r "$1" "$work/out" 2>&1
}
# discovered DOMAIN [ARGS...]: $got is "ovhcloud offer region number
# confidence".  These helpers run in this shell, so that $status stays.
discovered() {
	run --format json discover "$@"
	got=$(json '[.ovhcloud, .offer, .region, .server_number, .confidence] | map(tostring) | join(" ")')
}
# verdicts: each record's "status type name", one a line.
verdicts() {
	json '.records[] | "\(.status) \(.type) \(.name)"'
}

# --- discover: one domain of each offer and region.
discovered mxplan-eu.test
expect "discover mxplan eu" "$got" "true mxplan eu null likely"
expect "discover mxplan eu: status" "$status" 0
expect "discover mxplan eu: says what would settle it" \
    "$(json '.settle')" "an _autodiscover._tcp SRV record to the offer's server, or its DKIM selector (--dkim-selector), would settle it"
expect "discover mxplan eu: evidence" "$(json '[.evidence[] | .type + " " + .data] | join(", ")')" \
    "MX 1 mx0.mail.ovh.net., MX 5 mx1.mail.ovh.net., MX 50 mx2.mail.ovh.net., MX 100 mx3.mail.ovh.net., MX 200 mx4.mail.ovh.net."
discovered mxplan-ca.test
expect "discover mxplan ca" "$got" "true mxplan ca null likely"
expect "discover mxplan ca: shared with apac" "$(json .shared_with)" apac
discovered zimbra.test
expect "discover zimbra" "$got" "true zimbra eu null likely"
expect "discover zimbra: the SRV record said it" \
    "$(json '.evidence[] | select(.type == "SRV") | .offer')" zimbra
discovered emailpro.test
expect "discover emailpro" "$got" "true emailpro eu 2 certain"
discovered exchange-eu.test
expect "discover exchange eu" "$got" "true exchange eu 3 certain"
discovered exchange-ca.test
expect "discover exchange ca" "$got" "true exchange ca null certain"
expect "discover exchange ca: not shared" "$(json .shared_with)" null
discovered elsewhere.test
expect "discover elsewhere" "$got" "false null null null certain"
expect "discover elsewhere: status" "$status" 0
expect "discover elsewhere: evidence" "$(json '.evidence[0].says')" "not an OVHcloud host"
discovered mxonly.test
expect "discover mx only" "$got" "true mxplan eu null likely"
discovered nosuch.test
expect "discover nxdomain" "$got" "false null null null certain"
expect "discover nxdomain: exists" "$(json .exists)" false
expect "discover nxdomain: status" "$status" 0
discovered legacy.test
expect "discover legacy zone" "$got" "true mxplan eu null likely"
discovered big.test
expect "discover over TCP (answer too big for UDP)" "$got" "true mxplan eu null likely"
expect "discover over TCP: status" "$status" 0

# The DKIM selector's prefix: ovhex is Exchange; ovhmo in ca is MX Plan,
# since Zimbra is sold in eu only; ovhmo in eu stays MX Plan or Zimbra.
discovered exchange-nosrv.test --dkim-selector ovhex1234-selector1
expect "discover dkim ovhex" "$got" \
    "true exchange eu null certain"
discovered mxplan-ca.test --dkim-selector ovhmo1234-selector1
expect "discover dkim ovhmo ca" "$got" \
    "true mxplan ca null certain"
discovered mxplan-eu.test --dkim-selector ovhmo1234-selector1
expect "discover dkim ovhmo eu" "$got" \
    "true mxplan eu null likely"
expect "discover dkim: both selectors" "$(json '[.evidence[] | select(.type == "CNAME") | .name] | join(" ")')" \
    "ovhmo1234-selector1._domainkey.mxplan-eu.test ovhmo1234-selector2._domainkey.mxplan-eu.test"

# Text: the verdict, the evidence and the settings, as ovhmail list
# prints them; an address fills in the username.
run discover jan@exchange-eu.test
expect "discover text: status" "$status" 0
expect "discover text: verdict" "$(head -n 1 "$work/out")" "exchange-eu.test: Hosted Exchange (certain), region eu, server 3"
expect "discover text: SRV evidence" "$(grep -c '^  SRV   _autodiscover._tcp.exchange-eu.test. 0 0 443 ex3.mail.ovh.net.$' "$work/out")" 1
expect "discover text: settings" "$(grep -c '^IMAP .* ex3\.mail\.ovh\.net  *993  SSL/TLS' "$work/out")" 1
expect "discover text: username" "$(grep -c 'jan@exchange-eu.test' "$work/out")" 1
run discover mxplan-ca.test
expect "discover text ca" "$(head -n 1 "$work/out")" "mxplan-ca.test: MX Plan (likely), region ca (shares its servers with apac)"
expect "discover text ca: hosts" "$(grep -c 'imap\.mail\.ovh\.ca' "$work/out")" 1
run discover nosuch.test
expect "discover text nxdomain" "$(out)" "nosuch.test: the domain does not exist (NXDOMAIN)"
run discover elsewhere.test
expect "discover text elsewhere" "$(head -n 1 "$work/out")" "elsewhere.test: its mail is not at OVHcloud"

# --- DNS failures: a status of their own, and their own words.
run discover broken.test
expect "servfail: status" "$status" 75
expect "servfail: message" "$(err)" "ovhmail: broken.test: MX: the DNS server failed to answer (SERVFAIL)"
expect "servfail: nothing on stdout" "$(out)" ""
run discover example.org
expect "refused: status" "$status" 75
expect "refused: message" "$(err)" "ovhmail: example.org: MX: the DNS server refused the question (REFUSED)"
start=$(date +%s)
run --resolver "127.0.0.1:$mute_port" --timeout 2 verify mxplan-eu.test
took=$(($(date +%s) - start))
expect "timeout: status" "$status" 75
expect "timeout: message" "$(err)" "ovhmail: mxplan-eu.test: MX: no answer from the DNS server in time"
# One deadline for the whole command, not 2 seconds a question.
expect "timeout: bounds the whole command" "$([ "$took" -lt 15 ] && echo yes)" yes
run --resolver "127.0.0.1:$dead_port" --timeout 5 discover mxplan-eu.test
expect "nothing listens: status" "$status" 75
expect "nothing listens: message" "$(err)" "ovhmail: mxplan-eu.test: MX: no usable answer from the DNS server (a malformed answer, or nothing listens there)"

# --- verify: right zones pass, with DKIM a warning without a selector.
# verified DOMAIN [ARGS...]: $got is "status ok offer region".
verified() {
	run --format json verify "$@"
	got="$status $(json .ok) $(json .offer) $(json .region)"
}
verified mxplan-eu.test
expect "verify mxplan eu" "$got" "0 true mxplan eu"
expect "verify mxplan eu: dkim is unchecked" "$(json '.records[] | select(.type == "CNAME") | .status + " " + .name')" \
    "unchecked ovhmo<N>-selector1._domainkey.mxplan-eu.test."
expect "verify mxplan eu: dmarc advice" "$(json '.records[] | select(.name == "_dmarc.mxplan-eu.test.") | .why' | cut -c 1-32)" \
    "OVHcloud recommends p=none and s"
verified mxplan-eu.test --dkim-selector ovhmo1234-selector1
expect "verify mxplan eu with selector" "$got" "0 true mxplan eu"
expect "verify mxplan eu with selector: verdicts" "$(verdicts | sort | uniq -c | sed 's/^ *//' | tr '\n' ',')" \
    "1 ok CNAME ovhmo1234-selector1._domainkey.mxplan-eu.test.,1 ok CNAME ovhmo1234-selector2._domainkey.mxplan-eu.test.,5 ok MX mxplan-eu.test.,1 ok TXT _dmarc.mxplan-eu.test.,1 ok TXT mxplan-eu.test.,"
verified mxplan-ca.test
expect "verify mxplan ca (either SPF include)" "$got" "0 true mxplan ca"
verified zimbra.test
expect "verify zimbra" "$got" "0 true zimbra eu"
verified emailpro.test
expect "verify emailpro" "$got" "0 true emailpro eu"
expect "verify emailpro: srv" "$(json '.records[] | select(.type == "SRV") | .status + " " + .found')" "ok 0 0 443 pro2.mail.ovh.net."
verified exchange-eu.test
expect "verify exchange eu" "$got" "0 true exchange eu"
verified exchange-ca.test
expect "verify exchange ca" "$got" "0 true exchange ca"
verified legacy.test
expect "verify legacy: warnings only" "$got" "0 true mxplan eu"
expect "verify legacy: srv warnings" "$(json '[.records[] | select(.type == "SRV") | .status] | join(" ")')" "warning warning warning"
verified big.test
expect "verify over TCP" "$got" "0 true mxplan eu"
expect "verify over TCP: spf read" "$(json '.records[] | select(.name == "big.test." and .type == "TXT") | .status')" ok

# --- verify: wrong zones, each verdict and the line to write.
# wrong DOMAIN [ARGS...]: $got is the status, then the verdicts that are
# neither ok nor a warning, one a line.
wrong() {
	run --format json verify "$@"
	got="$status $(json .ok)
$(json '.records[] | select(.status != "ok" and .status != "warning" and .status != "unchecked") | "\(.status) \(.type) \(.name) \(.found) => \(.expected)"')"
}
wrong elsewhere.test
expect "verify elsewhere: not at OVHcloud, nothing to change" "$(printf '%s\n' "$got" | head -n 1)" "0 false"
expect "verify elsewhere: its state" "$(json .state)" not_ovhcloud
wrong elsewhere.test --offer mxplan
expect "verify elsewhere, to MX Plan" "$(printf '%s\n' "$got" | sed -n '1,3p;$p')" "1 false
extra MX elsewhere.test. 10 mx.provider.example. => null
missing MX elsewhere.test. null => elsewhere.test. 3600 IN MX 1 mx0.mail.ovh.net.
wrong TXT elsewhere.test. \"v=spf1 include:_spf.provider.example ~all\" => elsewhere.test. 3600 IN TXT \"v=spf1 include:mx.ovh.com include:_spf.provider.example ~all\""
wrong mxonly.test
expect "verify mx only" "$(printf '%s\n' "$got" | sed -n '2,3p')" "missing TXT mxonly.test. null => mxonly.test. 3600 IN TXT \"v=spf1 include:mx.ovh.com ~all\"
missing TXT _dmarc.mxonly.test. null => _dmarc.mxonly.test. 3600 IN TXT \"v=DMARC1; p=none\""
expect "verify mx only: status" "$status" 1
wrong two-spf.test
expect "verify two spf" "$got" "1 false
wrong TXT two-spf.test. \"v=spf1 a mx ~all\" => two-spf.test. 3600 IN TXT \"v=spf1 a mx include:mx.ovh.com ~all\"
extra TXT two-spf.test. \"v=spf1 include:mx.ovh.com ~all\" => null"
wrong spf-no-ovh.test
expect "verify spf without include" "$got" "1 false
wrong TXT spf-no-ovh.test. \"v=spf1 a mx ~all\" => spf-no-ovh.test. 3600 IN TXT \"v=spf1 include:mx.ovh.com a mx ~all\""
wrong spf-many.test
expect "verify spf over 10 lookups" "$(printf '%s\n' "$got" | tail -n 1)" \
    "wrong TXT spf-many.test. \"v=spf1 include:mx.ovh.com include:s1.spf-many.test include:s2.spf-many.test ~all\" => null"
expect "verify spf over 10 lookups: why" "$(json '.records[] | select(.status == "wrong") | .why')" \
    "needs more than 10 DNS lookups (RFC 7208 4.6.4): drop includes"
# Adding OVHcloud's include to a record of 16 lookups would break SPF:
# no such record is proposed, and what must go is said.
wrong spf-full.test
expect "verify spf that the include would break: nothing proposed" \
    "$(json '.records[] | select(.type == "TXT" and .status == "wrong") | .expected')" null
expect "verify spf that the include would break: why" \
    "$(json '.records[] | select(.type == "TXT" and .status == "wrong") | .why' | cut -c 1-168)" \
    "OVHcloud's servers are not in it, and adding them would pass the 10 DNS lookups of RFC 7208 4.6.4, which breaks SPF: take out at least 8: ptr include:inc0.spf-full.test"
expect "verify spf that the include would break: no record of over 10 printed" \
    "$(run verify spf-full.test; grep -c 'include:mx.ovh.com' "$work/out")" 0

wrong spf-syntax.test
expect "verify spf syntax" "$(printf '%s\n' "$got" | tail -n 1)" \
    "wrong TXT spf-syntax.test. \"v=spf1 include mx.ovh.com ~al\" => spf-syntax.test. 3600 IN TXT \"v=spf1 include:mx.ovh.com ~all\""
expect "verify spf syntax: why" "$(json '.records[] | select(.status == "wrong") | .why')" \
    "bad SPF syntax: 'include' needs ':' and a domain"
wrong dkim-one.test --dkim-selector ovhmo1234-selector1
expect "verify one dkim selector missing" "$got" "1 false
missing CNAME ovhmo1234-selector2._domainkey.dkim-one.test. null => ovhmo1234-selector2._domainkey.dkim-one.test. 3600 IN CNAME ovhmo1234-selector2._domainkey.<id>.<xx>.dkim.mail.ovh.net."
wrong dkim-txt.test --dkim-selector ovhmo1234-selector2
expect "verify dkim txt" "$got" "1 false
wrong TXT ovhmo1234-selector2._domainkey.dkim-txt.test. \"v=DKIM1; k=rsa; p=MIGf\" => ovhmo1234-selector2._domainkey.dkim-txt.test. 3600 IN CNAME ovhmo1234-selector2._domainkey.<id>.<xx>.dkim.mail.ovh.net."
wrong dmarc-absent.test
expect "verify dmarc absent" "$got" "1 false
missing TXT _dmarc.dmarc-absent.test. null => _dmarc.dmarc-absent.test. 3600 IN TXT \"v=DMARC1; p=none\""
wrong dmarc-bad.test
expect "verify dmarc malformed" "$got" "1 false
wrong TXT _dmarc.dmarc-bad.test. \"v=DMARC1; p=maybe\" => _dmarc.dmarc-bad.test. 3600 IN TXT \"v=DMARC1; p=none\""
wrong mx-priority.test
expect "verify mx priorities" "$(printf '%s\n' "$got" | sed -n '1,3p')" "1 false
wrong MX mx-priority.test. 10 mx0.mail.ovh.net. => mx-priority.test. 3600 IN MX 1 mx0.mail.ovh.net.
wrong MX mx-priority.test. 20 mx1.mail.ovh.net. => mx-priority.test. 3600 IN MX 5 mx1.mail.ovh.net."
expect "verify mx priorities: five" "$(verdicts | grep -c '^wrong MX')" 5
wrong autodiscover-cname.test
expect "verify autodiscover cname" "$got" "1 false
extra CNAME autodiscover.autodiscover-cname.test. ssl0.ovh.net. => null"
wrong exchange-nosrv.test --offer exchange --server 3
expect "verify exchange without srv" "$got" "1 false
missing SRV _autodiscover._tcp.exchange-nosrv.test. null => _autodiscover._tcp.exchange-nosrv.test. 3600 IN SRV 0 0 443 ex3.mail.ovh.net."
wrong exchange-nosrv.test --dkim-selector ovhex1234-selector1
expect "verify exchange without srv, found by dkim" "$(printf '%s\n' "$got" | sed -n 1p)" "1 false"
wrong nosuch.test
expect "verify nxdomain: not at OVHcloud, no --offer" "$(printf '%s\n' "$got" | head -n 1)" "0 false"
expect "verify nxdomain: its state" "$(json '.state + " " + (.exists | tostring)')" "not_ovhcloud false"
wrong nosuch.test --offer mxplan
expect "verify nxdomain with --offer: what its owner needs" "$(printf '%s\n' "$got" | sed -n '1,2p')" "1 false
missing MX nosuch.test. null => nosuch.test. 3600 IN MX 1 mx0.mail.ovh.net."
expect "verify servfail" "$(run verify broken.test; echo "$status")" 75

# 3,000 MX records: 64 are read, and the cut is said in text and json.
discovered many-mx.test
expect "many MX: the cut in json" "$(json '.cut[] | "\(.name) \(.type) \(.records) \(.read)"')" "many-mx.test MX 3000 64"
run discover many-mx.test
expect "many MX: the cut in text" "$(grep '^cut' "$work/out")" \
    "cut      MX    many-mx.test  the answer held 3000 records; only the first 64 were read"
run --format json verify many-mx.test
expect "many MX: verify says the cut in json" "$(json '.cut[0].records')" 3000
run verify many-mx.test
expect "many MX: verify says the cut in text" "$(grep -c '^cut      MX' "$work/out")" 1
discovered mxplan-eu.test
expect "no cut: an empty list" "$(json '.cut | length')" 0

# Text: each verdict, what to write, and the status line on stderr.
run verify mx-priority.test
expect "verify text: status" "$status" 1
expect "verify text: header" "$(head -n 1 "$work/out")" "mx-priority.test: MX Plan, region eu"
expect "verify text: verdict" "$(grep -A 2 '^wrong     MX    mx-priority.test.  10 mx0' "$work/out" | tail -n 2)" \
"          the priority differs
          change to: mx-priority.test. 3600 IN MX 1 mx0.mail.ovh.net."
expect "verify text: summary" "$(err)" "ovhmail: note: mx-priority.test: likely MX Plan; an _autodiscover._tcp SRV record to the offer's server, or its DKIM selector (--dkim-selector), would settle it
ovhmail: mx-priority.test: records to add, change or remove: 5"
run verify dmarc-absent.test
expect "verify text: add" "$(grep -c '^          add: _dmarc.dmarc-absent.test. 3600 IN TXT "v=DMARC1; p=none"$' "$work/out")" 1
run verify --offer exchange --server 3 exchange-eu.test
expect "verify text: no note when the offer is given" "$(err)" ""
expect "verify text: ok" "$(grep -c '^ok ' "$work/out")" 8
run verify nosuch.test
expect "verify text nxdomain" "$(cat "$work/out"; err)" "nosuch.test: the domain does not exist (NXDOMAIN)"

# Text from DNS is escaped for the terminal.
run verify hostile.test
expect "hostile TXT: no escape byte on stdout" "$(tr -d '\033\007' <"$work/out" | cmp -s - "$work/out"; echo $?)" 0
expect "hostile TXT: shown escaped" \
    "$(grep -c '^wrong     TXT   hostile.test.  "v=spf1 include:mx.ovh.com \\e]0;pwned\\a ~all"$' "$work/out")" 1

# --- --discover on lookups and export.
run imap --email jan@exchange-eu.test --discover --field host
expect "--discover imap" "$(out)" ex3.mail.ovh.net
expect "--discover imap: no note when certain" "$(err)" ""
run imap --email jan@exchange-eu.test --discover --server 5 --field host
expect "--discover: an option wins" "$(out)" ex5.mail.ovh.net
run smtp --email jan@mxplan-eu.test --discover --field host --field port
expect "--discover likely" "$(out)" "ssl0.ovh.net
465"
expect "--discover likely: a note" "$(err | cut -c 1-44)" "ovhmail: note: mxplan-eu.test: likely MX Pla"
run export autoconfig --email jan@exchange-ca.test --discover -o "$work/ca.xml"
expect "--discover export exchange ca: status" "$status" 0
expect "--discover export exchange ca: imap" "$(xmllint --xpath 'string(//incomingServer[@type="imap"][1]/hostname)' "$work/ca.xml")" ex.mail.ovh.ca
expect "--discover export exchange ca: smtp" "$(xmllint --xpath 'concat(//outgoingServer[1]/hostname, " ", //outgoingServer[1]/port, " ", //outgoingServer[1]/socketType)' "$work/ca.xml")" "ex.mail.ovh.ca 587 STARTTLS"
run export autoconfig --email jan@emailpro.test --discover -o "$work/pro.xml"
expect "--discover export emailpro: imap" "$(xmllint --xpath 'concat(//incomingServer[@type="imap"][1]/hostname, " ", //incomingServer[@type="imap"][1]/port)' "$work/pro.xml")" "pro2.mail.ovh.net 993"
expect "--discover export emailpro: smtp" "$(xmllint --xpath 'concat(//outgoingServer[1]/hostname, " ", //outgoingServer[1]/port)' "$work/pro.xml")" "pro2.mail.ovh.net 587"
run guide thunderbird --email jan@exchange-eu.test --discover --format json
expect "--discover guide: offer, region, the server in its steps" "$(jq -r '[.offer, .region, ([.steps[] | .value // empty | select(test("ex3"))] | length | tostring)] | join(" ")' "$work/out")" "exchange eu 2"
run imap --email jan@elsewhere.test --discover
expect "--discover elsewhere: status" "$status" 68
expect "--discover elsewhere: message" "$(err)" "ovhmail: elsewhere.test: its mail is not at OVHcloud: leave out --discover and give --offer"
run imap --email jan@nosuch.test --discover
expect "--discover nxdomain: status" "$status" 68
run imap --email jan@broken.test --discover
expect "--discover servfail: status" "$status" 75
expect "--discover servfail: stdout empty" "$(out)" ""

# --- audit --discover: the account's address domain gives the offer,
# region and server its host names leave open.
./ovhmail --data data/servers.json export msmtp --offer exchange --server 3 \
    --email jan@exchange-eu.test -o "$work/ex3.msmtprc"
sed 's/ex3\.mail/ex4.mail/' "$work/ex3.msmtprc" >"$work/ex4.msmtprc"
run audit --discover "$work/ex3.msmtprc"
expect "audit --discover exchange: clean" "$status" 0
expect "audit --discover exchange: no finding" "$(grep -c 'OVHcloud says' "$work/out")" 0
./ovhmail --data data/servers.json audit "$work/ex4.msmtprc" >/dev/null 2>&1
expect "audit without --discover: ex4's number cannot be checked" "$?" 1
run audit --discover "$work/ex4.msmtprc"
expect "audit --discover exchange: another server, status" "$status" 1
expect "audit --discover exchange: another server, the right host" \
    "$(grep -c 'ex3.mail.ovh.net' "$work/out")" 1
run audit --discover --format json "$work/ex4.msmtprc"
expect "audit --discover exchange: json" "$(json '.files[0].accounts[0] | [.offer, .region, .findings[0].expected] | join(" ")')" \
    "exchange eu ex3.mail.ovh.net"
sed 's/exchange-eu\.test/elsewhere.test/' "$work/ex3.msmtprc" >"$work/else.msmtprc"
run audit --discover "$work/else.msmtprc"
expect "audit --discover elsewhere: status" "$status" 68
expect "audit --discover elsewhere: message" "$(head -n 1 "$work/err")" \
    "ovhmail: $work/else.msmtprc: elsewhere.test: its mail is not at OVHcloud: leave out --discover and give --offer"

. tests/dns/many.sh

. tests/dns/semantics.sh
summary dns
