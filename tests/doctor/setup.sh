# The loopback world of "ovhmail doctor", sourced by tests/doctor/run.sh
# and bench/doctor.sh after tests/lib.sh, from the top of the tree, with
# give_up defined: BIND's named with the test zones, Dovecot and Postfix
# of tests/check and two bad peers, 1000 ports above the check suite's,
# behind a copy of tests/data/check.json; and the homes "clean" and
# "faults" of client files.  Sets work, table, resolver, user, password,
# clean, faults, p() and doctor(); the EXIT trap stops it all.
work=$(mktemp -d)
# Postfix and Dovecot drop to their own users, who must get in here.
chmod 755 "$work"
peers=""
offset=$((OVHMAIL_TEST_PORT_OFFSET + 1000))
dns_port=$((12153 + OVHMAIL_TEST_PORT_OFFSET))
resolver=127.0.0.1:$dns_port
user=tester@ovhmail.test

cleanup() {
	for pid in $peers; do
		kill "$pid" 2>/dev/null
	done
	[ -f "$work/servers.sh" ] && sh "$work/servers.sh" stop "$work/servers" 2>/dev/null
	OVHMAIL_TEST_PORT_OFFSET=$((dns_port - 12053)) sh tests/dns/named.sh stop "$work/dns" 2>/dev/null
	rm -rf "$work" 2>/dev/null
}
trap cleanup EXIT
trap 'exit 1' INT TERM

[ "$(id -u)" -eq 0 ] || give_up "starting Postfix needs root"
for file in tests/check/servers.sh tests/data/check.json; do
	OFFSET=$offset perl -pe 's/\b(10\d\d\d)\b/$1 + $ENV{OFFSET}/ge' \
	    "$file" >"$work/${file##*/}" || give_up "cannot move the ports"
done
p() {
	echo $(($1 + offset))
}
table=$work/check.json
password=$(sed -n "s/^TEST_PASSWORD='\(.*\)'\$/\1/p" tests/check/servers.sh)
mkdir -p "$work/servers" "$work/dns"
sh tests/check/pki.sh "$work/servers" >/dev/null 2>&1 ||
    give_up "cannot make the test certificates"
sh "$work/servers.sh" start "$work/servers" >"$work/servers.out" 2>&1 ||
    give_up "cannot start the servers: $(cat "$work/servers.out")"
OVHMAIL_TEST_PORT_OFFSET=$((dns_port - 12053)) sh tests/dns/named.sh start "$work/dns" ||
    give_up "named did not start"
tests/check/peer blackhole "$(p 10208)" &
peers="$peers $!"
tests/check/peer tls "$(p 10207)" "$work/servers/expired.pem" \
    "$work/servers/expired.key" '* OK expired\r\n' &
peers="$peers $!"
tests/check/peer wait "$(p 10110)" "$(p 10143)" "$(p 10465)" "$(p 10587)" \
    "$(p 10993)" "$(p 10995)" "$(p 10207)" ||
    give_up "the servers did not start"

# doctor HOME ARGS: the command as a user whose home is HOME.
doctor() {
	home=$1
	shift
	HOME=$home OVHMAIL_ERRORS=$top/data/errors.json \
	    ovhmail --data "$table" doctor --resolver "$resolver" \
	    --cafile "$work/servers/ca.pem" "$@"
}

# --- the homes: clean holds what export writes; faults adds a plaintext
# port, a stored password and another address's account, and a Thunderbird
# profile of someone else.
clean=$work/clean
faults=$work/faults
mkdir -p "$clean" "$faults/.config/neomutt" "$faults/.config/aerc" \
    "$faults/.thunderbird/x1y2.default-release"
for home in "$clean" "$faults"; do
	ovhmail --data "$table" export msmtp --offer loopback --email "$user" \
	    --password-command 'secret-tool lookup ovhmail {email}' \
	    -o "$home/.msmtprc" || give_up "export msmtp"
done
ovhmail --data "$table" export mbsync --offer loopback --email "$user" \
    -o "$clean/.mbsyncrc" || give_up "export mbsync"
cat >"$faults/.mbsyncrc" <<M
IMAPAccount ovh
Host 127.0.0.1
Port $(p 10143)
User $user
PassCmd "secret-tool lookup ovhmail $user"
SSLType None

IMAPStore ovh-remote
Account ovh
M
cat >"$faults/.config/neomutt/neomuttrc" <<M
set from = "$user"
set imap_user = "$user"
set imap_pass = "hunter2-not-real"
set folder = "imaps://127.0.0.1:$(p 10993)/"
set smtp_url = "smtps://$user@127.0.0.1:$(p 10465)/"
M
cat >"$faults/.config/aerc/accounts.conf" <<M
[other]
source = imap://other%40elsewhere.test@127.0.0.1:$(p 10143)
outgoing = smtp://other%40elsewhere.test@127.0.0.1:25
from = Other <other@elsewhere.test>
M
cp tests/audit/prefs.js "$faults/.thunderbird/x1y2.default-release/prefs.js"

