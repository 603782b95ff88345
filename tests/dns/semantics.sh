# Sourced by tests/dns/run.sh: every record seen is used, and discover
# and verify say the same of it.  The zones are tests/dns/zones.sh's
# "Every record used" ones.

# about TYPE NAME FIELDS: the jq FIELDS of verify's verdicts on NAME.
about() {
	json "[.records[] | select(.type == \"$1\" and .name == \"$2\") | $3] | join(\" | \")"
}

# --- The _autodiscover target is evidence, and a wrong one is said.
discovered exchange-ca-srv-net.test
expect "semantics: exchange ca, srv to ex.mail.ovh.net: discover" "$got" \
    "true exchange ca null certain"
expect "semantics: exchange ca, srv to ex.mail.ovh.net: the evidence" \
    "$(json '.evidence[] | select(.type == "SRV") | .offer')" exchange
run --format json verify exchange-ca-srv-net.test
expect "semantics: exchange ca, srv to ex.mail.ovh.net: verify" \
    "$(json '.offer + " " + .region + " " + (.ok | tostring)')" "exchange ca false"
expect "semantics: exchange ca, srv to ex.mail.ovh.net: the verdict" \
    "$(about SRV _autodiscover._tcp.exchange-ca-srv-net.test. '.status + " " + .check + " " + .expected')" \
    "wrong autodiscover _autodiscover._tcp.exchange-ca-srv-net.test. 3600 IN SRV 0 0 443 ex.mail.ovh.ca."
expect "semantics: exchange ca, srv to ex.mail.ovh.net: why" \
    "$(about SRV _autodiscover._tcp.exchange-ca-srv-net.test. .why)" \
    "Hosted Exchange's host, but not the one for this zone's region and server: change it"
# Another offer's target is wrong even where the offer compared with
# has no _autodiscover record of its own.
run --format json verify --offer mxplan exchange-eu.test
expect "semantics: mxplan given, exchange's srv: wrong" \
    "$(about SRV _autodiscover._tcp.exchange-eu.test. '.status + " " + .check + " " + (.expected | tostring)')" \
    "wrong autodiscover null"
run --format json verify --offer mxplan --region ca exchange-ca.test
expect "semantics: mxplan ca given, exchange ca's srv: wrong" \
    "$(about SRV _autodiscover._tcp.exchange-ca.test. '.status + " " + .check')" \
    "wrong autodiscover"

# --- An MX of another region is named as that, by both commands; the
# zone's region is the one most of its MX records have.
discovered mx-eu-in-ca.test
expect "semantics: eu MX in a ca zone: discover" "$got" "true mxplan ca null likely"
expect "semantics: eu MX in a ca zone: the evidence" \
    "$(json '.evidence[] | "\(.data) \(.region): \(.says)"')" \
    "1 mx0.mail.ovh.net. eu: OVHcloud's MX for Europe (eu), not for this zone's region
5 mx1.mail.ovh.ca. ca: OVHcloud's MX for the region
50 mx2.mail.ovh.ca. ca: OVHcloud's MX for the region
100 mx3.mail.ovh.ca. ca: OVHcloud's MX for the region
200 mx4.mail.ovh.ca. ca: OVHcloud's MX for the region"
run --format json verify mx-eu-in-ca.test
expect "semantics: eu MX in a ca zone: verify" \
    "$(json '.records[] | select(.type == "MX" and .status != "ok") | "\(.status) \(.check) \(.found) => \(.expected)"')" \
    "wrong mx 1 mx0.mail.ovh.net. => mx-eu-in-ca.test. 3600 IN MX 1 mx0.mail.ovh.ca."
expect "semantics: eu MX in a ca zone: why" \
    "$(json '.records[] | select(.type == "MX" and .status != "ok") | .why')" \
    "OVHcloud's MX for Europe (eu), not for this zone's region: change it to this region's"

# --- Two SPF records: one merged line within the 10 lookups, else why.
run --format json verify spf-merge.test
expect "semantics: two spf: merged" \
    "$(about TXT spf-merge.test. '"\(.status) \(.check) \(.found) => \(.expected)"' | tr '|' '\n' | sed 's/^ //; s/ $//')" \
    "wrong spf \"v=spf1 a mx ip4:192.0.2.0/24 ~all\" => spf-merge.test. 3600 IN TXT \"v=spf1 a mx ip4:192.0.2.0/24 include:mx.ovh.com ~all\"
extra spf \"v=spf1 include:mx.ovh.com a -all\" => null"
expect "semantics: two spf: which all" \
    "$(json '.records[] | select(.type == "TXT" and .status == "wrong") | .why' | sed 's/.*ends in //')" \
    "'~all', the first 'all' met"
run --format json verify spf-merge-noovh.test
expect "semantics: two spf without OVHcloud's include: merged with it" \
    "$(json '.records[] | select(.type == "TXT" and .status == "wrong") | .expected')" \
    "spf-merge-noovh.test. 3600 IN TXT \"v=spf1 include:mx.ovh.com a mx include:_spf.spf-merge-noovh.test ~all\""
run --format json verify spf-merge-over.test
expect "semantics: two spf over 10 lookups: no line, and how many" \
    "$(json '[.records[] | select(.type == "TXT" and .name == "spf-merge-over.test.") | "\(.status) \(.expected) \(.why)"] | unique | .[]')" \
    "wrong null more than one SPF record: receivers reject them all (RFC 7208 3.2); merged into one they would need 11 DNS lookups, over the 10 of RFC 7208 4.6.4: drop includes, then merge them"
run verify spf-merge.test
expect "semantics: two spf: text" \
    "$(grep -c '^ *change to: spf-merge.test. 3600 IN TXT "v=spf1 a mx ip4:192.0.2.0/24 include:mx.ovh.com ~all"$' "$work/out")" 1

# --- DMARC: the suggestion and its note agree; reports need rua=.
run --format json verify dmarc-norua.test
expect "semantics: dmarc p=none without rua" \
    "$(about TXT _dmarc.dmarc-norua.test. '.status + " " + .check')" "warning dmarc"
expect "semantics: dmarc p=none without rua: why" \
    "$(about TXT _dmarc.dmarc-norua.test. .why)" \
    "p=none with no rua=: no receiver sends reports, so there is nothing to analyse before p=quarantine or p=reject, as OVHcloud advises; add rua=mailto: with an address of yours"
run --format json verify dmarc-absent.test
expect "semantics: dmarc suggested: the note says where reports go" \
    "$(about TXT _dmarc.dmarc-absent.test. '.expected + " / " + (.why | test("reports come only to an address of the owner.s choosing, given with rua=mailto:") | tostring)')" \
    "_dmarc.dmarc-absent.test. 3600 IN TXT \"v=DMARC1; p=none\" / true"

# --- MX Plan's legacy CNAMEs: OVHcloud's own, a warning.
run --format json verify legacy-cname.test
expect "semantics: legacy cnames: ok" "$(json .ok)" true
expect "semantics: legacy cnames: warnings, each of autodiscover or srv" \
    "$(json '.records[] | select(.type == "SRV" or (.type == "CNAME" and (.name | test("^auto")))) | "\(.status) \(.check) \(.type) \(.name)"')" \
    "warning autodiscover SRV _autodiscover._tcp.legacy-cname.test.
warning autodiscover CNAME autodiscover.legacy-cname.test.
warning autodiscover CNAME autoconfig.legacy-cname.test.
warning srv SRV _imaps._tcp.legacy-cname.test."
expect "semantics: legacy cnames: why" \
    "$(about CNAME autodiscover.legacy-cname.test. .why)" \
    "OVHcloud's legacy default record, written by OVHcloud in its old default zones: current guides no longer list it"
run --format json verify legacy-cname-only.test
expect "semantics: legacy cnames without the srv: warned" \
    "$(json '[.records[] | select(.type == "CNAME" and (.name | test("^auto"))) | .status] | join(" ")')" \
    "warning warning"
discovered legacy-cname-only.test
expect "semantics: legacy cnames: evidence" \
    "$(json '[.evidence[] | select(.type == "CNAME") | .offer + ": " + .says] | unique | join(", ")')" \
    "mxplan: OVHcloud's legacy default record"
