#!/bin/sh
# make dist: the tarball holds every file of the source tree and nothing
# the build made, and once unpacked in a clean directory it builds and
# passes make check.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
. tests/lib.sh
scratch
version=$(project_version)
tarball=ovhmail-$version.tar.gz

make_dist "$work" >"$work/log" 2>&1
expect "make dist" "$?" 0
tar -tzf "$work/$tarball" | sed -n "s|^ovhmail-$version/||p" |
    grep -v '/$' | grep -v '^$' | sort >"$work/listed"
expect "no build output in the tarball" \
    "$(grep -E '\.(o|mo)$|^ovhmail$|^ovhmail-check$|^locale/|^build/' \
    "$work/listed")" ""
if [ -d .git ]; then
	git ls-files | sort >"$work/tracked"
	expect "the tarball has every tracked file" \
	    "$(comm -3 "$work/tracked" "$work/listed")" ""
fi

mkdir "$work/unpack"
tar -xzf "$work/$tarball" -C "$work/unpack"
tree=$work/unpack/ovhmail-$version
make -s -C "$tree" >"$work/log" 2>&1
expect "the unpacked tree builds" "$?" 0
make -s -C "$tree" check >"$work/check" 2>&1
status=$?
expect "make check passes in the unpacked tree" "$status" 0
expect "make check ends with its count" \
    "$(tail -n 1 "$work/check" | sed 's/^[0-9]* passed/N passed/')" \
    "N passed, 0 failed"
# What failed, and a suite that gave up without a FAIL line (servers that
# did not start) shows by the line before its count.
[ "$status" -eq 0 ] || grep -B 2 -E 'FAIL|passed, [1-9][0-9]* failed' \
    "$work/check" | head -40
summary dist
