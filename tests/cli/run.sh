#!/bin/sh
# Runs the built ./ovhmail on each case in tests/cli/COMMAND/*.t, one
# folder a command (usage, data, format and i18n for what is not one
# command's), and compares what it does with what the case expects.  A
# case file reads:
#
#	$ COMMAND
#	expected stdout
#	--- stderr
#	expected stderr
#	--- status N
#
# COMMAND is shell; "ovhmail" in it is the binary under test, run under
# $OVHMAIL_WRAPPER (valgrind, say) when that is set.  OVHMAIL_DATA points
# at the shipped table unless the case says otherwise.  The locale is C
# and the message catalogs are those built in locale/: a case that wants
# a language sets LC_ALL= and LANG (or LC_MESSAGES) itself.
#
# Each run has a tree of its own, links to the source tree's files but
# for tests/cli/scratch, so that runs side by side (cli beside
# cli-valgrind, two checkouts) share nothing they write.
#
# usage: run.sh [--regen] [CASE.t ...]
#	--regen rewrites the cases from what the binary does now: read the
#	diff before you commit it.
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
regen=no
if [ "${1:-}" = --regen ]; then
	regen=yes
	shift
fi
[ $# -gt 0 ] || set -- tests/cli/*/*.t

run=$(mktemp -d)
chmod 755 "$run"
trap 'chmod -R u+w "$run"; rm -rf "$run"' EXIT
for entry in "$top"/*; do
	ln -s "$entry" "$run/"
done
rm "$run/tests"
mkdir -p "$run/tests/cli"
for entry in "$top"/tests/*; do
	[ "$entry" = "$top/tests/cli" ] || ln -s "$entry" "$run/tests/"
done
cd "$run" || exit 2
scratch=tests/cli/scratch
mkdir -p "$scratch/xdg/ovhmail" "$scratch/directory"
cp tests/data/mini.json "$scratch/xdg/ovhmail/servers.json"
cp data/servers.json "$scratch/unreadable.json"
chmod 0 "$scratch/unreadable.json"
ln -s loop-b "$scratch/loop-a"
ln -s loop-a "$scratch/loop-b"

OVHMAIL="${OVHMAIL_WRAPPER:+$OVHMAIL_WRAPPER }$top/ovhmail"
export OVHMAIL
. tests/lib.sh

passed=0
failed=0
for case in "$@"; do
	case $case in
	/*)	;;
	*)	case=$top/$case ;;
	esac
	command=$(sed -n '1s/^\$ //p' "$case")
	actual="$scratch/actual"
	rm -rf "$scratch/home"
	mkdir "$scratch/home"
	(
		unset XDG_DATA_HOME NO_COLOR OVHMAIL_DATA
		HOME="$run/$scratch/home" LC_ALL=C OVHMAIL_DATA=data/servers.json
		OVHMAIL_LOCALEDIR="$top/locale"
		export HOME LC_ALL OVHMAIL_DATA OVHMAIL_LOCALEDIR
		eval "$command" >"$scratch/stdout" 2>"$scratch/stderr" </dev/null
		echo $? >"$scratch/status"
	)
	{
		printf '$ %s\n' "$command"
		cat "$scratch/stdout"
		echo "--- stderr"
		cat "$scratch/stderr"
		echo "--- status $(cat "$scratch/status")"
	} >"$actual"
	if [ "$regen" = yes ]; then
		cp "$actual" "$case"
	fi
	if cmp -s "$actual" "$case"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL: ${case#"$top"/}"
		diff -u "$case" "$actual" | head -40
	fi
done
chmod 600 "$scratch/unreadable.json"
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
