#!/bin/sh
# "ovhmail doctor" on loopback only: BIND's named with zones right and
# wrong (tests/dns/zones.sh), Dovecot and Postfix (tests/check/servers.sh)
# and peers that misbehave (tests/check/peer.c), behind a copy of
# tests/data/check.json; and a home directory of real client files with
# faults planted: one file right, one with a plaintext port, one with a
# stored password, one for another address.  The servers and table are
# moved 1000 ports up from the check suite's, so that both can run at once.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
. tests/lib.sh
give_up() {
	echo "doctor: $*"
	echo "doctor: $passed passed, $((failed + 1)) failed"
	exit 1
}
. tests/doctor/setup.sh

# --- a clean set-up: nothing wrong, every step fine, status 0.
doctor "$clean" "$user" </dev/null >"$work/out" 2>"$work/err"
expect "clean: status" "$?" 0
expect "clean: nothing on stderr" "$(cat "$work/err")" ""
expect "clean: no problem" "$(grep -c 'No problem found' "$work/out")" 1

# The JSON report's member KEY of problem N ("-" for the whole list).
problem() {
	jq -r ".problems[$1].$2 // \"-\"" "$work/json"
}

# --- the faults planted, each found, ranked, named with file and line.
doctor "$faults" "$user" --format json </dev/null >"$work/json" 2>"$work/err"
expect "faults: status" "$?" 1
expect "faults: the top-level keys" "$(jq -c '[keys_unsorted[]]' "$work/json")" \
    '["address","offer","region","server","assumed","problems","left_out","fine","files","files_left_out","discover","verify","check","audit","explain"]'
expect "faults: offer from DNS, not assumed" \
    "$(jq -c '[.address, .offer, .region, .server, .assumed]' "$work/json")" \
    "[\"$user\",\"loopback\",\"eu\",null,false]"
expect "faults: the plaintext port first, with its file and line" \
    "$(problem 0 step) $(problem 0 file) $(problem 0 line)" \
    "audit $faults/.mbsyncrc 6"
expect "faults: what the plaintext port is" "$(problem 0 what)" \
    "imap security is none where OVHcloud's table says starttls"
expect "faults: the stored password" \
    "$(jq -r '.problems[] | select(.what | test("password is stored")) | "\(.step) \(.file) \(.line)"' "$work/json")" \
    "audit $faults/.config/neomutt/neomuttrc 3"
expect "faults: another address's account is left alone" \
    "$(jq '[.problems[] | select(.file // "" | test("aerc|thunderbird"))] | length' "$work/json")" 0
expect "faults: every file read is named" "$(jq -r '.files | length' "$work/json")" 5
expect "faults: the profile's prefs.js is found" \
    "$(jq -r '.files[] | select(test("x1y2.default-release/prefs.js$"))' "$work/json" | wc -l)" 1
expect "faults: each problem has its keys" \
    "$(jq -c '[.problems[] | keys_unsorted] | unique' "$work/json")" \
    '[["step","kind","what","fix","record","file","line"]]'
expect "faults: nothing else is wrong" "$(jq '.problems | length' "$work/json")" 2
# A step's member is that command's own report.
ovhmail --data "$table" verify ovhmail.test --resolver "$resolver" \
    --format json 2>/dev/null | jq -S . >"$work/verify.alone"
expect "faults: verify's member is verify's report" \
    "$(jq -S .verify "$work/json" | cmp - "$work/verify.alone" && echo same)" same
HOME=$faults ovhmail --data "$table" audit --offer loopback --region eu \
    --format json -- $(jq -r '.files[]' "$work/json") 2>/dev/null |
    jq -S . >"$work/audit.alone"
expect "faults: audit's member is audit's report" \
    "$(jq -S .audit "$work/json" | cmp - "$work/audit.alone" && echo same)" same

# The same as text: ranked, numbered, with the fix, the file and line.
doctor "$faults" "$user" </dev/null >"$work/out" 2>&1
expect "faults text: first problem" "$(sed -n 's/^ 1\. //p' "$work/out")" \
    "[audit] imap security is none where OVHcloud's table says starttls"
expect "faults text: its file" "$(grep -c "^    file: $faults/.mbsyncrc, line 6\$" "$work/out")" 1
expect "faults text: the fine lines" \
    "$(sed -n '/^Fine:/,$p' "$work/out" | sed -n 's/^  \([a-z]*\):.*/\1/p' | tr '\n' ' ')" \
    "discover verify check explain "

# --- the error the user saw decides what comes first.
# Refused connections: the client's ports and the connections first.
doctor "$faults" "$user" --format json --error "Connection refused" \
    </dev/null >"$work/json" 2>/dev/null
expect "refused: the client's port first" "$(problem 0 file)" "$faults/.mbsyncrc"
expect "refused: the words, after the client's port" \
    "$(jq -r '.problems[] | select(.step == "explain") | "\(.kind) \(.what)"' "$work/json")" \
    "error_words 'Connection refused' is no reply ovhmail knows; its words say: $(jq -r '.reasons[] | select(.id == "network") | .meaning' data/errors.json)"

# 553 relay refused: SMTP authentication in the client's files first.
relay=$work/relay
mkdir -p "$relay"
sed 's/^auth on$/auth off/' "$clean/.msmtprc" >"$relay/.msmtprc"
expect "relay: the file turns authentication off" "$(grep -c '^auth off$' "$relay/.msmtprc")" 1
cp "$faults/.mbsyncrc" "$relay/.mbsyncrc"
doctor "$relay" "$user" --format json </dev/null >"$work/json.before" 2>/dev/null
doctor "$relay" "$user" --format json --error \
    "553 5.7.1 <a@b.example>: Relay access denied" </dev/null >"$work/json" 2>/dev/null
expect "relay: without the error, the port comes first" \
    "$(jq -r '.problems[0].file' "$work/json.before")" "$relay/.mbsyncrc"
expect "relay: with it, SMTP authentication first" \
    "$(problem 0 step) $(problem 0 file) $(problem 0 what)" \
    "audit $relay/.msmtprc smtp authentication is none where OVHcloud's table says password-cleartext"

# 550 5.7.26: the sending domain's SPF, DKIM and DMARC first.
doctor "$clean" "someone@doctor-nospf.test" --format json --error \
    "550 5.7.26 This message does not have authentication information or fails to pass authentication checks" \
    </dev/null >"$work/json" 2>/dev/null
expect "5.7.26: status" "$?" 1
expect "5.7.26: the missing SPF first" "$(problem 0 step) $(problem 0 what)" \
    "verify no SPF record at doctor-nospf.test."
expect "5.7.26: then the error, then the DKIM to check" \
    "$(problem 1 step) $(problem 2 what)" \
    "explain the DKIM record at test<N>-selector1._domainkey.doctor-nospf.test. was not checked"
# Gmail's words, which name no OVHcloud error: the status points at DNS
# all the same, not at a login (the reason "authentication" holds both).
doctor "$clean" "someone@doctor-nospf.test" --format json --error \
    "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM." \
    </dev/null >"$work/json" 2>/dev/null
expect "5.7.26 from Gmail: the missing SPF first, no login asked for" \
    "$(problem 0 what) $(jq '[.problems[] | select(.kind == "login_untested")] | length' "$work/json")" \
    "no SPF record at doctor-nospf.test. 0"

# 535: the login, suggested when not asked for.
doctor "$clean" "$user" --format json --error "535 5.7.8 Error: authentication failed" \
    </dev/null >"$work/json" 2>/dev/null
expect "535: the error first" "$(problem 0 step) $(problem 0 what | cut -c1-19)" \
    "explain the error 535 5.7.8"
expect "535: the login suggested" "$(problem 1 step) $(problem 1 what)" \
    "check the login was not tested"
# With --login and a wrong password, the refused login comes first; the
# password is never printed.
echo 'wrong horse' >"$work/wrong"
doctor "$clean" "$user" --format json --login --password-fd 3 \
    --error "535 5.7.8 Error: authentication failed" 3<"$work/wrong" \
    </dev/null >"$work/json" 2>"$work/err"
expect "535 --login: the refused login first, once for all servers" \
    "$(problem 0 kind) $(jq '[.problems[] | select(.kind == "login_refused")] | length' "$work/json")" \
    "login_refused 1"
expect "535 --login: the password not printed" \
    "$(grep -c 'wrong horse' "$work/json" "$work/err" | tr '\n' ' ')" \
    "$work/json:0 $work/err:0 "
printf '%s\n' "$password" >"$work/right"
doctor "$clean" "$user" --login --password-fd 3 3<"$work/right" </dev/null \
    >"$work/out" 2>&1
expect "--login, the right password: status" "$?" 0
expect "--login, the right password: the login works" \
    "$(grep -c '^  check:    6 servers answer from here, and the login works$' "$work/out")" 1
# The password on standard input: for check, not explained.
doctor "$clean" "$user" --format json --login --password-fd 0 <"$work/right" \
    >"$work/json" 2>/dev/null
expect "--password-fd 0: the login works, the password not explained" \
    "$(jq -c '[.check.working, .explain]' "$work/json")" '[6,null]'
# A closed one is said before anything starts.
doctor "$clean" "$user" --login --password-fd 9 </dev/null >"$work/out" 2>&1
expect "--password-fd closed: status" "$?" 74
expect "--password-fd closed: said" "$(cat "$work/out")" \
    "ovhmail: --password-fd: 9: Bad file descriptor"

# A bounce on standard input is explained as explain --summary does.
doctor "$clean" "$user" --format json <tests/explain/exchange.eml >"$work/json" 2>/dev/null
expect "stdin: explain's summary is the member" \
    "$(jq -r '.explain.messages, (.explain.groups | length > 0)' "$work/json" | tr '\n' ' ')" "1 true "
expect "stdin: the bounce is a problem" \
    "$(jq '[.problems[] | select(.step == "explain")] | length > 0' "$work/json")" true

# Thunderbird names no address beside its servers: an account on the
# offer's servers counts, and a username that is not the address is the
# first suspect of a 535.
tbird=$work/tbird
mkdir -p "$tbird/.thunderbird/ab12.default"
cat >"$tbird/.thunderbird/ab12.default/prefs.js" <<P
user_pref("mail.account.account1.server", "server1");
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.hostname", "127.0.0.1");
user_pref("mail.server.server1.port", $(p 10993));
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server1.userName", "tester");
user_pref("mail.server.server1.authMethod", 3);
P
doctor "$tbird" "$user" --format json --error "535 5.7.8 Error: authentication failed" \
    </dev/null >"$work/json" 2>/dev/null
expect "Thunderbird: the username first" \
    "$(problem 0 kind) $(problem 0 file) $(problem 0 line)" \
    "setting $tbird/.thunderbird/ab12.default/prefs.js 6"

# Words no reply holds, in another language: a problem all the same.
doctor "$clean" "$user" --format json --error "Échec de la connexion au serveur" \
    </dev/null >"$work/json" 2>/dev/null
expect "unknown words: status" "$?" 1
expect "unknown words: said" "$(problem 0 kind)" error_unknown

# A pipe left open with nothing in it is not waited for.
sleep 8 | {
	started=$(date +%s)
	doctor "$clean" "$user" --format json >"$work/json" 2>/dev/null
	echo "$? $(($(date +%s) - started))" >"$work/took"
}
expect "open empty pipe: status" "$(cut -d ' ' -f 1 "$work/took")" 0
expect "open empty pipe: not waited for" "$(($(cut -d ' ' -f 2 "$work/took") < 6))" 1

# --offer against what DNS says: said first, the DNS's offer named.
doctor "$clean" "$user" --offer plain --format json </dev/null >"$work/json" 2>/dev/null
expect "offer given: the mismatch first" "$(problem 0 kind)" offer_mismatch
expect "offer given: DNS's offer named" \
    "$(problem 0 what | grep -c 'points at Loopback servers in Europe')" 1

# A record to publish stands whole on its own line, never wrapped.
doctor "$clean" "someone@doctor-nospf.test" </dev/null >"$work/out" 2>&1
expect "record: on its own line" \
    "$(grep -c '^          doctor-nospf.test. 3600 IN TXT "v=spf1 include:example.net ~all"$' "$work/out")" 1

# A file that cannot be read, its name holding an escape: why, from
# audit's own report, and not among the files read.
nofile=$(printf '%s/no\033[2Jfile' "$work")
doctor "$clean" "$user" "$nofile" --format json </dev/null >"$work/json" 2>/dev/null
expect "unreadable file: why, and its name as given" \
    "$(problem 0 what) $(jq -r '.problems[0].file == $f' --arg f "$nofile" "$work/json")" \
    "the file could not be read: No such file or directory true"
expect "unreadable file: not read" "$(jq -c .files "$work/json")" "[]"
doctor "$clean" "$user" "$nofile" </dev/null 2>/dev/null | grep -c "$(printf '\033')" >"$work/count"
expect "unreadable file: no escape reaches the terminal" "$(cat "$work/count")" 0

# More Thunderbird profiles than are read: the first 32 by name of those
# with a prefs.js, junk directories aside, and the rest counted.
many=$work/many
i=0
while [ $i -lt 40 ]; do
	mkdir -p "$many/.thunderbird/junk$i" "$many/.thunderbird/p$i.default"
	[ $i -lt 34 ] && cp tests/audit/prefs.js "$many/.thunderbird/p$i.default/"
	i=$((i + 1))
done
doctor "$many" "$user" --format json </dev/null >"$work/json" 2>/dev/null
expect "many profiles: 32 read, the first by name, 2 counted" \
    "$(jq -c '[(.files | length), (.files[0] | sub(".*/\\.thunderbird/"; "")), .files_left_out]' "$work/json")" \
    '[32,"p0.default/prefs.js",2]'

# Standard input or output closed: no pipe of the helpers takes their
# place.  Without input there is no error to explain; without output the
# lost answer is said, once.
doctor "$clean" "$user" --format json 0<&- >"$work/json" 2>"$work/err"
expect "stdin closed: status" "$?" 0
expect "stdin closed: every step ran but explain" \
    "$(jq -c '[.check.working, (.audit.files | length), .explain]' "$work/json")" \
    '[6,2,null]'
expect "stdin closed: nothing on stderr" "$(cat "$work/err")" ""
doctor "$clean" "$user" </dev/null >&- 2>"$work/err"
expect "stdout closed: status" "$?" 74
expect "stdout closed: said once" "$(cat "$work/err")" \
    "ovhmail: stdout: Bad file descriptor"

# Ended by SIGTERM while its steps run (explain reading a pipe that stays
# open): the steps end with it, and so does it, as the signal would.
sh -c 'echo $$ >"$1"; echo "550 5.1.1 <x@ovhmail.test>: Recipient address rejected"
    exec sleep 30' sh "$work/writer" 2>/dev/null |
    doctor "$clean" signal@ovhmail.test --timeout 25 >/dev/null 2>&1 &
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	pid=$(pgrep -f -n "doctor .*signal@ovhmail.test")
	steps=$( [ -n "$pid" ] && pgrep -P "$pid" | tr '\n' ' ')
	[ -n "$steps" ] && break
	sleep 0.5
done
kill -TERM "$pid"
wait $!
expect "SIGTERM: ends as the signal would" "$?" 143
left=0
for step in $steps; do
	kill -0 "$step" 2>/dev/null && left=$((left + 1))
done
expect "SIGTERM: no step left running" "$left" 0
kill "$(cat "$work/writer")" 2>/dev/null

# --- a dead resolver: the table's defaults, assumed; the rest reported.
doctor "$clean" "$user" --format json --resolver 127.0.0.1:$((dns_port + 1)) \
    --timeout 9 </dev/null >"$work/json" 2>/dev/null
expect "dead DNS: status" "$?" 75
expect "dead DNS: the assumed offer" \
    "$(jq -c '[.offer, .region, .assumed]' "$work/json")" '["loopback","eu",true]'
expect "dead DNS: said first" "$(problem 0 step) $(problem 0 what | cut -c1-34)" \
    "discover the domain's DNS could not be read"
expect "dead DNS: the servers and files still checked" \
    "$(jq -c '[.check.working, (.audit.files | length), .discover, .verify]' "$work/json")" \
    '[6,2,null,null]'

# --- misbehaving peers: an expired certificate, a server that never
# answers, a port where no one listens; one --timeout for the whole (and
# a second's grace), valgrind's slowness aside.
seconds=3
[ -n "${OVHMAIL_WRAPPER:-}" ] && seconds=20
started=$(date +%s)
doctor "$clean" "$user" --offer broken2 --timeout $seconds --format json \
    </dev/null >"$work/json" 2>/dev/null
status=$?
elapsed=$(($(date +%s) - started))
expect "peers: status" "$status" 1
expect "peers: within the timeout and a grace" "$((elapsed <= seconds + 2))" 1
expect "peers: the three that fail" \
    "$(jq '[.problems[] | select(.step == "check")] | length' "$work/json")" 3
expect "peers: the working one is fine" "$(jq .check.working "$work/json")" 1

# --- usage
doctor "$clean" </dev/null >"$work/out" 2>&1
expect "no address: status" "$?" 64
doctor "$clean" not-an-address </dev/null >"$work/out" 2>&1
expect "not an address: status" "$?" 64
doctor "$clean" "$user" --email "$user" </dev/null >"$work/out" 2>&1
expect "--email: status" "$?" 64
doctor "$clean" "$user" --password-fd 0 </dev/null >"$work/out" 2>&1
expect "--password-fd without --login: message" "$(cat "$work/out" | head -n 1)" \
    "ovhmail: --password-fd: goes with doctor --login"
doctor "$clean" "$user" --login </dev/null >"$work/out" 2>&1
expect "--login without a terminal: status" "$?" 64

summary doctor
