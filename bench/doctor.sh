#!/bin/sh
# Times "ovhmail doctor" on loopback, as root (Postfix needs it), against
# the five commands it runs, one after the other as a user would type
# them: the world of tests/doctor/setup.sh (named, Dovecot, Postfix, a
# home of client files), the home "faults", and a bounce on standard input.
# usage: bench/doctor.sh	(after make, make tests/check/peer tests/dns/slowdns)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
. tests/lib.sh
give_up() {
	echo "bench/doctor.sh: $*" >&2
	exit 1
}
. tests/doctor/setup.sh
runs=${RUNS:-10}
OVHMAIL_ERRORS=$top/data/errors.json
export OVHMAIL_ERRORS
bounce="550 5.7.26 This mail has been blocked because the sender is unauthenticated."

# ms COMMAND...: the mean wall time of $runs runs, in milliseconds.
ms() {
	begin=$(date +%s%N)
	i=0
	while [ $i -lt "$runs" ]; do
		"$@" >/dev/null 2>&1
		i=$((i + 1))
	done
	echo $((($(date +%s%N) - begin) / 1000000 / runs))
}

by_hand() {
	set -- --data "$table" --format json
	"$top/ovhmail" "$@" discover --resolver "$resolver" "$user"
	"$top/ovhmail" "$@" verify --resolver "$resolver" ovhmail.test
	"$top/ovhmail" "$@" check --offer loopback --cafile "$work/servers/ca.pem"
	"$top/ovhmail" "$@" audit "$faults/.msmtprc" "$faults/.mbsyncrc" \
	    "$faults/.config/neomutt/neomuttrc" "$faults/.config/aerc/accounts.conf" \
	    "$faults/.thunderbird/x1y2.default-release/prefs.js"
	echo "$bounce" | "$top/ovhmail" "$@" explain --summary
}

together() {
	echo "$bounce" | HOME=$faults "$top/ovhmail" --data "$table" \
	    doctor --resolver "$resolver" --cafile "$work/servers/ca.pem" \
	    --format json "$user"
}

echo "doctor, $runs runs each, mean wall time, the resolver on loopback:"
echo "  the five commands one after the other: $(ms by_hand) ms"
echo "  ovhmail doctor: $(ms together) ms"

# The same through a resolver 50 ms away, as most are.
slow=$(port 12163)
tests/dns/slowdns "$slow" "${resolver#*:}" 50 &
peers="$peers $!"
sleep 1
resolver=127.0.0.1:$slow
echo "the same, the resolver 50 ms away:"
echo "  the five commands one after the other: $(ms by_hand) ms"
echo "  ovhmail doctor: $(ms together) ms"
