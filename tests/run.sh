#!/bin/sh
# Runs every suite: the cmocka unit tests given as arguments, the CLI
# cases, the CLI cases again under valgrind, the exported files read by
# the programs that consume them, "check" against real servers on
# loopback, the man page lint, the
# documents' agreement with the code and the install test.  Each suite ends with a line "NAME: N passed, N failed";
# the last line adds them all up, and the status is 1 if any case failed.
set -u
cd "$(dirname "$0")/.." || exit 2
passed=0
failed=0

# Adds up a suite's "N passed, N failed" line, or one failure without one.
tally() {
	name=$1
	status=$2
	summary=$3
	p=$(printf '%s\n' "$summary" | sed -n 's/.* \([0-9][0-9]*\) passed, .*/\1/p')
	f=$(printf '%s\n' "$summary" | sed -n 's/.* passed, \([0-9][0-9]*\) failed.*/\1/p')
	if [ -z "$p" ] || [ -z "$f" ]; then
		p=0
		f=1
	elif [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
	fi
	passed=$((passed + p))
	failed=$((failed + f))
	echo "$name: $p passed, $f failed"
}

for unit in "$@"; do
	out=$("./$unit" 2>&1)
	status=$?
	printf '%s\n' "$out"
	p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p')
	f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p')
	tally "$unit" "$status" "x ${p:-0} passed, ${f:-0} failed"
done

out=$(sh tests/cli/run.sh 2>&1)
status=$?
printf '%s\n' "$out" | sed '$d'
tally cli "$status" "$(printf '%s\n' "$out" | tail -n 1)"

valgrind="valgrind -q --child-silent-after-fork=yes --error-exitcode=99 \
--leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all"
if command -v valgrind >/dev/null 2>&1; then
	out=$(OVHMAIL_WRAPPER="$valgrind" sh tests/cli/run.sh 2>&1)
	status=$?
	printf '%s\n' "$out" | grep -v '^cli: '
	tally cli-valgrind "$status" "$(printf '%s\n' "$out" | tail -n 1)"
else
	tally cli-valgrind 1 "valgrind is not installed"
fi

out=$(sh tests/export/run.sh 2>&1)
status=$?
printf '%s\n' "$out" | sed '$d'
tally export "$status" "$(printf '%s\n' "$out" | tail -n 1)"

out=$(sh tests/check/run.sh 2>&1)
status=$?
printf '%s\n' "$out" | sed '$d'
tally check "$status" "$(printf '%s\n' "$out" | tail -n 1)"

out=$(OVHMAIL_WRAPPER="$valgrind" sh tests/check/run.sh 2>&1)
status=$?
printf '%s\n' "$out" | sed '$d'
tally check-valgrind "$status" "$(printf '%s\n' "$out" | tail -n 1)"

if mandoc -Tlint -Werror man/ovhmail.1 man/ovhmail-data.5; then
	tally man 0 "x 1 passed, 0 failed"
else
	tally man 1 "x 0 passed, 1 failed"
fi

out=$(sh tests/docs.sh 2>&1)
status=$?
printf '%s\n' "$out" | sed '$d'
tally docs "$status" "$(printf '%s\n' "$out" | tail -n 1)"

out=$(sh tests/install.sh 2>&1)
status=$?
tally install "$status" "$(printf '%s\n' "$out" | tail -n 1)"
[ "$status" -eq 0 ] || printf '%s\n' "$out"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
