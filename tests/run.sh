#!/bin/sh
# Runs the named suites and adds up their cases.  Every suite ends with a
# line "NAME: N passed, N failed"; the last line here counts them all,
# and the status is 1 if any case failed.
#
# usage: run.sh [-j N] SUITE...
#	-j N	runs N suites at a time, each with its output kept and shown
#		whole, in the order given, once it is done.  The suites that
#		start servers take their ports from OVHMAIL_TEST_PORT_OFFSET
#		(tests/lib.sh): each kind of run gets its own below, so that a
#		suite and its valgrind, ASan or release run never share one.
#		OVHMAIL_TEST_PORT_BASE moves them all, for a second checkout.
#
#	unit		the cmocka tests named in $UNIT_TESTS
#	cli		tests/cli/COMMAND/*.t: stdout, stderr and status of each
#			command
#	export		each exported file read by the program that consumes it
#	audit		ovhmail audit: exports audit clean, mistakes are found
#	check		"check" against Dovecot, Postfix and bad peers on loopback
#	dns		discover, verify and --discover against BIND's named on
#			loopback, with zones right and wrong
#	explain		"explain" on the bounces Postfix writes on loopback, and
#			hand-written ones
#	doctor		"doctor" against named, Dovecot, Postfix and bad peers
#			on loopback, with a home of client files, faults planted
#	hostile		tests/hostile/cases.txt, and every field of the wrong type
#	man		mandoc -Tlint
#	docs		README, --help and the man page agree with the code
#	install		make install and uninstall into scratch directories
#	i18n		po/ is complete and current; machine formats never
#			change with the locale
#	completions	bash, zsh and fish completions in the real shells
#	guide		tests/guide: every client's steps for every offer sold
#	dist		make dist, then make check in the unpacked tarball
#	deb		dpkg-buildpackage, lintian, dpkg -i and --purge (root)
#	*-valgrind	unit, cli, audit, check, dns, explain, doctor, hostile or
#			guide
#			under valgrind
#	asan		make check-asan: the suites under ASan and UBSan
#	lint		make lint: cppcheck and clang-tidy
#	fuzz		make fuzz, each fuzzer for $FUZZ_SECONDS
set -u
cd "$(dirname "$0")/.." || exit 2
passed=0
failed=0
jobs=1
base=${OVHMAIL_TEST_PORT_BASE:-0}
if [ "${1:-}" = -j ]; then
	jobs=${2:-1}
	shift 2
fi
# The shell that runs check --login's --password-command is not ours to
# check: its own leaks are not the program's.  Inlined frames are left
# out of the stacks: reading them is a fifth of every run's time.
valgrind="valgrind -q --read-inline-info=no --trace-children=yes \
--child-silent-after-fork=yes \
--trace-children-skip=/bin/sh,/usr/bin/sh,/bin/dash,/usr/bin/dash \
--error-exitcode=99 --leak-check=full --show-leak-kinds=all \
--errors-for-leak-kinds=all"

# Adds up a suite's "N passed, N failed" line, or one failure without one.
tally() {
	name=$1
	status=$2
	summary=$3
	p=$(printf '%s\n' "$summary" |
	    sed -n 's/^\(.* \)*\([0-9][0-9]*\) passed, .*/\2/p')
	f=$(printf '%s\n' "$summary" |
	    sed -n 's/.* passed, \([0-9][0-9]*\) failed.*/\1/p')
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

# suite NAME COMMAND...: runs it, shows its output but its closing line,
# the last "NAME: N passed, N failed" (what a server writes as it stops
# may come after it).
suite() {
	name=$1
	shift
	out=$("$@" 2>&1)
	status=$?
	closing=$(printf '%s\n' "$out" |
	    grep -n ': [0-9][0-9]* passed, [0-9][0-9]* failed$' | tail -n 1)
	if [ -n "$closing" ]; then
		printf '%s\n' "$out" | sed "${closing%%:*}d"
	else
		printf '%s\n' "$out"
	fi
	tally "$name" "$status" "${closing#*:}"
}

# The cmocka binaries; under valgrind when $1 is set.
unit() {
	for test in ${UNIT_TESTS:-}; do
		# shellcheck disable=SC2086
		out=$(${1:-} "./$test" 2>&1)
		status=$?
		printf '%s\n' "$out"
		p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p')
		f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p')
		tally "$test" "$status" "x ${p:-0} passed, ${f:-0} failed"
	done
}

man_lint() {
	if mandoc -Tlint -Werror man/ovhmail.1 man/ovhmail-data.5; then
		echo "man: 1 passed, 0 failed"
	else
		echo "man: 0 passed, 1 failed"
		return 1
	fi
}

with_valgrind() {
	command -v valgrind >/dev/null 2>&1 || {
		echo "valgrind is not installed: 0 passed, 1 failed"
		return 1
	}
	OVHMAIL_WRAPPER=$valgrind "$@"
}

# Below 32768, where Linux picks its outgoing ports: 10000 to 13999 for
# the everyday runs, then a block of 5000 for each other kind.
port_offset() {
	case $1 in
	*-valgrind)	kind=5000 ;;
	asan)		kind=10000 ;;
	dist)		kind=15000 ;;
	*)		kind=0 ;;
	esac
	echo $((base + kind))
}

# run_suite NAME: one suite, its closing line last.
run_suite() {
	# asan and dist run the suites again below: theirs start from here.
	OVHMAIL_TEST_PORT_OFFSET=$(port_offset "$1")
	OVHMAIL_TEST_PORT_BASE=$OVHMAIL_TEST_PORT_OFFSET
	export OVHMAIL_TEST_PORT_OFFSET OVHMAIL_TEST_PORT_BASE
	case $1 in
	unit)		unit ;;
	unit-valgrind)	unit "$valgrind" ;;
	cli)		suite cli sh tests/cli/run.sh ;;
	export)		suite export sh tests/export/run.sh ;;
	audit)		suite audit sh tests/audit/run.sh ;;
	check)		suite check sh tests/check/run.sh ;;
	dns)		suite dns sh tests/dns/run.sh ;;
	explain)	suite explain sh tests/explain/run.sh ;;
	doctor)		suite doctor sh tests/doctor/run.sh ;;
	hostile)	suite hostile sh tests/hostile/run.sh ;;
	man)		suite man man_lint ;;
	docs)		suite docs sh tests/docs.sh ;;
	install)	suite install sh tests/install.sh ;;
	i18n)		suite i18n sh tests/i18n.sh ;;
	completions)	suite completions sh tests/completions.sh ;;
	guide)		suite guide sh tests/guide/run.sh ;;
	dist)		suite dist sh tests/dist.sh ;;
	deb)		suite deb sh tests/deb.sh ;;
	cli-valgrind)	suite cli-valgrind with_valgrind sh tests/cli/run.sh ;;
	audit-valgrind)	suite audit-valgrind with_valgrind sh tests/audit/run.sh ;;
	check-valgrind)	suite check-valgrind with_valgrind sh tests/check/run.sh ;;
	dns-valgrind)	suite dns-valgrind with_valgrind sh tests/dns/run.sh ;;
	explain-valgrind) suite explain-valgrind with_valgrind sh tests/explain/run.sh ;;
	doctor-valgrind) suite doctor-valgrind with_valgrind sh tests/doctor/run.sh ;;
	hostile-valgrind) suite hostile-valgrind with_valgrind sh tests/hostile/run.sh ;;
	guide-valgrind)	suite guide-valgrind with_valgrind sh tests/guide/run.sh ;;
	asan)		suite asan make -s check-asan ;;
	lint)		suite lint make -s lint ;;
	fuzz)		suite fuzz make -s fuzz ;;
	*)		tally "$1" 1 "no such suite" ;;
	esac
}

# In the background, N at a time: each suite's output goes to its log,
# which is shown whole once the suites before it are shown too.
run_parallel() {
	logs=$(mktemp -d)
	i=0
	for name in "$@"; do
		i=$((i + 1))
		while [ "$(ls "$logs" | grep -c '\.running$')" -ge "$jobs" ]; do
			sleep 1
		done
		: >"$logs/$i.running"
		# A run of its own, with SIGINT and SIGQUIT as they were: sh
		# ignores them in a background job, and the suites send them.
		(
			started=$(date +%s)
			env --default-signal=INT,QUIT sh tests/run.sh "$name" \
			    >"$logs/$i.log" 2>&1
			echo "$name took $(($(date +%s) - started)) s" \
			    >"$logs/$i.time"
			rm -f "$logs/$i.running"
		) &
	done
	wait
	i=0
	for name in "$@"; do
		i=$((i + 1))
		sed '$d' "$logs/$i.log"
		cat "$logs/$i.time"
		tail -n 1 "$logs/$i.log" >>"$logs/totals"
	done
	p=$(sed -n 's/^\([0-9]*\) passed, .*/\1/p' "$logs/totals" |
	    awk '{ n += $1 } END { print n + 0 }')
	f=$(sed -n 's/.* passed, \([0-9]*\) failed.*/\1/p' "$logs/totals" |
	    awk '{ n += $1 } END { print n + 0 }')
	# A run that ended without its count failed.
	lost=$(grep -vc '^[0-9]* passed, [0-9]* failed$' "$logs/totals")
	passed=$((passed + p))
	failed=$((failed + f + lost))
	rm -rf "$logs"
}

if [ "$jobs" -gt 1 ]; then
	run_parallel "$@"
else
	for name in "$@"; do
		run_suite "$name"
	done
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
