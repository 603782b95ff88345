# Sourced by tests/dns/run.sh: verify and discover of many domains at
# once, from the words and from --domains, their states, exit statuses
# and closing line, and verify --format nagios checked against the
# Monitoring Plugins Development Guidelines' grammar.

# --- many domains: order, states and statuses
run --format json verify mxplan-eu.test mx-priority.test nosuch.test \
    exchange-eu.test
expect "many: an array, in the order given" \
    "$(json '[.[] | .domain + " " + .state] | join(", ")')" \
    "mxplan-eu.test right, mx-priority.test wrong, nosuch.test not_ovhcloud, exchange-eu.test right"
expect "many: records to change make 1" "$status" 1
expect "many: each record says its check" \
    "$(json '[.[1].records[].check] | unique | join(" ")')" \
    "dkim dmarc mx spf"
expect "many: dkim unchecked without a selector" \
    "$(json '.[0].unchecked | join(" ")')" dkim
expect "many: a record unchecked is not ok" \
    "$(json '[.[0].records[] | select(.check == "dkim") | .status] | join(" ")')" unchecked

run --format json verify mxplan-eu.test broken.test exchange-eu.test
expect "many: a DNS failure is one domain's, the others are read" \
    "$(json '[.[] | .state] | join(" ")')" "right dns_failure right"
expect "many: a DNS failure says why" "$(json '.[1].error' | cut -c 1-17)" \
    "broken.test: MX: "
expect "many: a DNS failure makes 75" "$status" 75
expect "many: and says so" "$(tail -n 1 "$work/err")" \
    "ovhmail: verify: the DNS of 1 of the 3 domains could not be read (said above)"

run verify mxplan-eu.test exchange-eu.test
expect "many: all right is 0" "$status" 0
expect "many: the closing line" "$(tail -n 1 "$work/out")" \
    "2 domains: 2 right, 0 to change, 0 not at OVHcloud, 0 DNS failures"

# --domains: a domain a line, its selectors, comments; - is stdin.
printf '# customers\nmxplan-eu.test\n\n  dkim-one.test ovhmo1234-selector1  # one key\nelsewhere.test\n' \
    >"$work/domains"
run --format json verify --domains "$work/domains"
expect "--domains: the lines, comments left out" \
    "$(json '[.[] | .domain + " " + .state] | join(", ")')" \
    "mxplan-eu.test right, dkim-one.test wrong, elsewhere.test not_ovhcloud"
expect "--domains: a line's selector is checked" \
    "$(json '[.[1].records[] | select(.check == "dkim") | .status] | join(" ")')" \
    "ok missing"
run verify --domains - <"$work/domains"
expect "--domains -: standard input" "$(tail -n 1 "$work/out")" \
    "3 domains: 1 right, 1 to change, 1 not at OVHcloud, 0 DNS failures"
run --jobs 1 --format json verify --domains "$work/domains"
expect "--jobs 1: the same answer" "$(json '[.[] | .state] | join(" ")')" \
    "right wrong not_ovhcloud"
printf 'mxplan-eu.test\nbad_domain!.test\n' >"$work/bad-domains"
run verify --domains "$work/bad-domains"
expect "--domains: a bad line, named" "$status $(err)" \
    "65 ovhmail: $work/bad-domains: line 2: 'bad_domain!.test' is not an e-mail address or a domain: $(./ovhmail --data data/servers.json verify 'bad_domain!.test' 2>&1 | sed -n '1s/.*domain: //p')"
run verify --domains "$work/nowhere"
expect "--domains: a missing file" "$status" 66
run --format json discover mxplan-eu.test exchange-ca.test elsewhere.test
expect "discover many: an array" \
    "$(json '[.[] | .domain + " " + (.offer // "null")] | join(", ")')" \
    "mxplan-eu.test mxplan, exchange-ca.test exchange, elsewhere.test null"
run discover mxplan-eu.test elsewhere.test
expect "discover many: the closing line" "$(tail -n 1 "$work/out")" \
    "2 domains: 1 at OVHcloud, 1 not at OVHcloud, 0 DNS failures"

# Another sender's DKIM selector names no offer: it changes nothing.
run --format json discover dkim-other.test --dkim-selector google
expect "a selector of no offer: discover" "$status $(json '.ovhcloud, .offer' | tr '\n' ' ')" \
    "0 true mxplan "
run verify dkim-other.test --dkim-selector google
expect "a selector of no offer: verify" "$status $(head -n 1 "$work/out")" \
    "1 dkim-other.test: MX Plan, region eu"
printf 'mxplan-eu.test ../../etc\n' >"$work/bad-selector"
run verify --domains "$work/bad-selector"
expect "--domains: a selector is one label" "$status $(err)" \
    "65 ovhmail: $work/bad-selector: line 1: '../../etc' is not a DKIM selector, e.g. ovhmo1234567-selector1"

# --- verify --format nagios
# plugin_ok: the first line and the perfdata follow the guidelines.
plugin_ok() {
	head -n 1 "$work/out" | grep -Eq \
	    '^OVHMAIL_VERIFY (OK|WARNING|CRITICAL|UNKNOWN) - [^|]*( \| .*)?$' &&
	    head -n 1 "$work/out" | sed 's/^[^|]*| //' | tr ' ' '\n' |
	    grep -Evq "^'[^']+'=-?[0-9.]+(ms|s|%|B|KB|MB|GB|TB|c)?(;[^;]*){0,4}$" &&
	    return 1
	head -n 1 "$work/out" | grep -q '|'
}
run --format nagios verify mxplan-eu.test exchange-eu.test
expect "nagios: OK" "$status $(head -n 1 "$work/out" | cut -d '|' -f 1)" \
    "1 OVHMAIL_VERIFY WARNING - 2 domains: 2 right, 0 to change, 0 not at OVHcloud, 0 DNS failures "
expect "nagios: the grammar" "$(plugin_ok && echo ok)" ok
expect "nagios: the perfdata" "$(head -n 1 "$work/out" | cut -d '|' -f 2)" \
    " 'domains'=2;;;0; 'right'=2;;;0;2 'to_change'=0;;;0;2 'not_ovhcloud'=0;;;0;2 'dns_failures'=0;;;0;2"
expect "nagios: an unchecked DKIM warns, on a line of its own" \
    "$(sed -n 2p "$work/out")" "mxplan-eu.test: WARNING:; unchecked: dkim"
run --format nagios verify --dkim-selector ovhex1234-selector1 --offer exchange --server 3 exchange-eu.test
expect "nagios: all checked and right is OK" "$status $(head -n 1 "$work/out" | cut -c 1-20)" \
    "0 OVHMAIL_VERIFY OK - "
run --format nagios verify mx-priority.test
expect "nagios: a wrong MX is CRITICAL" "$status $(sed -n 2p "$work/out")" \
    "2 mx-priority.test: CRITICAL: to change: mx; unchecked: dkim"
run --format nagios verify dmarc-absent.test
expect "nagios: no DMARC is a WARNING" "$status" 1
run --format nagios verify broken.test
expect "nagios: DNS that cannot be read is UNKNOWN" "$status $(head -n 1 "$work/out" | cut -c 1-22)" \
    "3 OVHMAIL_VERIFY UNKNOWN"
run --format nagios verify mx-priority.test broken.test
expect "nagios: CRITICAL outweighs UNKNOWN" "$status" 2
run --format nagios verify --jobs nine mxplan-eu.test
expect "nagios: a usage error is UNKNOWN, on stdout" "$status $(out)" \
    "3 OVHMAIL_VERIFY UNKNOWN - --jobs: 'nine' is not a number from 1 to 64"

# --- through a resolver 200 ms away (tests/dns/slowdns before named):
# every question of every domain in flight together, the same answers.
slow_port=$(port 12056)
tests/dns/slowdns "$slow_port" "$dns" 200 &
slow=$!
slow_run() {
	# shellcheck disable=SC2086 # the wrapper is words on purpose
	timeout 120 ${OVHMAIL_WRAPPER:-} ./ovhmail --data data/servers.json \
	    --resolver "127.0.0.1:$slow_port" "$@" >"$work/out" 2>"$work/err"
	status=$?
}
slow_run --timeout 60 --format json verify mxplan-eu.test mx-priority.test \
    exchange-eu.test dmarc-absent.test zimbra.test emailpro.test
expect "slow resolver: the same states" "$status $(json '[.[] | .state] | join(" ")') $(tail -n 1 "$work/err")" \
    "1 right wrong right wrong right right ovhmail: verify: 2 of the 6 domains have records to add, change or remove"
slow_run --timeout 1 verify mxplan-eu.test
expect "slow resolver: --timeout is each domain's" "$status" 0
kill "$slow" 2>/dev/null
