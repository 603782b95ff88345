#!/bin/sh
# cppcheck and clang-tidy over the sources, each a case.
# usage: lint.sh SOURCE... -- CPPFLAGS...
set -u
cd "$(dirname "$0")/.." || exit 2
. tests/lib.sh
sources=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
	sources="$sources $1"
	shift
done
[ $# -gt 0 ] && shift

# shellcheck disable=SC2046,SC2086 # the option file holds words
if cppcheck $(grep -v '^#' .cppcheck) -Iinclude $sources; then
	expect cppcheck clean clean
else
	expect cppcheck findings clean
fi
# shellcheck disable=SC2086
if clang-tidy --quiet $sources -- -std=c11 "$@" >"${TMPDIR:-/tmp}/tidy.$$" 2>&1; then
	expect clang-tidy clean clean
else
	grep -E 'warning:|error:' "${TMPDIR:-/tmp}/tidy.$$"
	expect clang-tidy findings clean
fi
rm -f "${TMPDIR:-/tmp}/tidy.$$"
summary lint
