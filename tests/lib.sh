# Sourced by the shell test suites: counting and comparing.
passed=0
failed=0

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
