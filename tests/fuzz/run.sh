#!/bin/sh
# Runs each fuzzer for SECONDS on a scratch copy of its seed corpus.
# usage: run.sh SECONDS
set -u
cd "$(dirname "$0")/../.." || exit 2
seconds=${1:-10}
passed=0
failed=0
for fuzzer in data cli dns spf guides bounce split log domains audit doctor probe; do
	corpus=build/fuzz/$fuzzer
	rm -rf "$corpus"
	mkdir -p "$corpus"
	cp tests/fuzz/seed-$fuzzer/* "$corpus/"
	if "tests/fuzz/fuzz_$fuzzer" -max_total_time="$seconds" \
	    -artifact_prefix="build/fuzz/$fuzzer-" -print_final_stats=1 \
	    "$corpus" >"build/fuzz/$fuzzer.log" 2>&1; then
		passed=$((passed + 1))
		grep -E 'stat::number_of_executed_units|cov:' \
		    "build/fuzz/$fuzzer.log" | tail -n 2
	else
		failed=$((failed + 1))
		echo "FAIL: fuzz_$fuzzer found a crash; its input is in build/fuzz:"
		tail -n 40 "build/fuzz/$fuzzer.log"
	fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
