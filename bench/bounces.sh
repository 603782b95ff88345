#!/bin/sh
# How fast ovhmail explain and sisimai read the same mbox of bounces, each
# in one process: N messages (default 1000) taken in turn from a folder of
# .eml files (sisimai's public corpus, set-of-emails/maildir/bsd).
#
# usage: sh bench/bounces.sh CORPUS_DIR [N]
# Environment: OVHMAIL (default ./ovhmail), OVHMAIL_DATA (default
# data/servers.json), OUT (default /tmp/score).  Needs libsisimai-perl and
# GNU time (Debian 12: apt-get install libsisimai-perl time).
set -eu
corpus=${1:?usage: sh bench/bounces.sh CORPUS_DIR [N]}
n=${2:-1000}
out=${OUT:-/tmp/score}
OVHMAIL=${OVHMAIL:-./ovhmail}
OVHMAIL_DATA=${OVHMAIL_DATA:-data/servers.json}
export OVHMAIL_DATA
mkdir -p "$out"
mbox=$out/bounces-$n.mbox

# The messages in turn, each after a "From " line, as an mbox holds them;
# a body line starting "From " is written ">From ", as mboxrd does.
ls "$corpus"/*.eml | awk -v n="$n" '{ f[NR] = $0 } END {
	for (i = 0; i < n; i++) print f[i % NR + 1] }' |
while read -r f; do
	echo "From MAILER-DAEMON Mon Dec  7 03:01:02 2026"
	sed 's/^From />From /' "$f"
	echo
done >"$mbox"
echo "mbox: $n messages, $(wc -c <"$mbox") bytes"

echo "ovhmail explain --format json --file MBOX:"
/usr/bin/time -f '  %e s, %M KB peak' "$OVHMAIL" explain --format json \
    --file "$mbox" >"$out/bounces-ovhmail.json"
echo "  $(jq length "$out/bounces-ovhmail.json") findings"
echo "sisimai (Sisimai->make MBOX):"
/usr/bin/time -f '  %e s, %M KB peak' perl -MSisimai -MJSON::PP -e '
	my $v = Sisimai->make($ARGV[0], delivered => 1) // [];
	printf "  %d results\n", scalar @$v;' "$mbox"
