# Sourced by the shell test suites: counting and comparing.
passed=0
failed=0

# The suites that start servers listen on fixed ports plus this offset, so
# that two runs side by side (a suite beside its valgrind run, two
# checkouts) each give theirs: port N prints N moved by the offset.
OVHMAIL_TEST_PORT_OFFSET=${OVHMAIL_TEST_PORT_OFFSET:-0}
port() {
	echo $(($1 + OVHMAIL_TEST_PORT_OFFSET))
}

# make_dist DIR: make dist, its tarball moved into DIR.  make dist works
# in the top of the tree: dist and deb running side by side take turns.
make_dist() {
	(
		flock 7
		make -s dist && mv "ovhmail-$(project_version).tar.gz" "$1/"
	) 7>"/tmp/ovhmail-dist-$(printf '%s' "$top" | cksum | cut -d ' ' -f 1).lock"
}

# expect NAME ACTUAL WANTED
expect() {
	if [ "$2" = "$3" ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		printf 'FAIL: %s\n  got:  %s\n  want: %s\n' "$1" "$2" "$3"
	fi
}

# summary SUITE: the closing line, and the status to exit with.
summary() {
	echo "$1: $passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}

# scratch: a new directory in $work, removed when the script exits.
scratch() {
	work=$(mktemp -d)
	# shellcheck disable=SC2064 # expanded now, on purpose
	trap "rm -rf '$work'" EXIT
}

# project_version: VERSION, as the Makefile sets it.
project_version() {
	sed -n 's/^VERSION =[[:space:]]*//p' "$top/Makefile"
}

# ovhmail ARGS: the binary under test, under $OVHMAIL_WRAPPER when set
# (valgrind, say).  Needs $top, the top of the source tree.
ovhmail() {
	# shellcheck disable=SC2086 # the wrapper is words on purpose
	${OVHMAIL_WRAPPER:-} "$top/ovhmail" "$@"
}

# as_nobody ovhmail ARGS: the same as an unprivileged user, since root
# reads files whatever their mode.
as_nobody() {
	shift
	if [ "$(id -u)" -eq 0 ]; then
		# shellcheck disable=SC2086
		setpriv --reuid=65534 --regid=65534 --clear-groups \
		    ${OVHMAIL_WRAPPER:-} "$top/ovhmail" "$@"
	else
		ovhmail "$@"
	fi
}
