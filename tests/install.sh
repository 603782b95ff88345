#!/bin/sh
# make install and make uninstall into a scratch PREFIX and DESTDIR: the
# installed ovhmail must find its installed table with no help from the
# environment, and uninstall must leave nothing behind.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
	echo "install: $*"
	echo "install: 0 passed, 1 failed"
	exit 1
}

mkdir "$work/src" "$work/home"
(cd "$top" && cp -R Makefile data include man src "$work/src/") ||
    fail "cannot copy the tree"
rm -f "$work/src/src/"*.o
make -s -C "$work/src" PREFIX="$work/prefix" >"$work/log" 2>&1 ||
    fail "build failed: $(cat "$work/log")"
make -s -C "$work/src" PREFIX="$work/prefix" install >"$work/log" 2>&1 ||
    fail "install failed: $(cat "$work/log")"
for f in bin/ovhmail share/ovhmail/servers.json share/man/man1/ovhmail.1 \
    share/man/man5/ovhmail-data.5; do
	[ -f "$work/prefix/$f" ] || fail "$f was not installed"
done
port=$(env -i HOME="$work/home" PATH=/usr/bin:/bin \
    "$work/prefix/bin/ovhmail" imap --ssl --field port) ||
    fail "the installed ovhmail did not find its data"
[ "$port" = 993 ] || fail "the installed ovhmail said '$port', not 993"
make -s -C "$work/src" PREFIX="$work/prefix" uninstall >"$work/log" 2>&1 ||
    fail "uninstall failed: $(cat "$work/log")"
left=$(find "$work/prefix" -type f)
[ -z "$left" ] || fail "uninstall left: $left"

make -s -C "$work/src" PREFIX=/usr DESTDIR="$work/dest" install \
    >"$work/log" 2>&1 || fail "DESTDIR install failed: $(cat "$work/log")"
[ -f "$work/dest/usr/bin/ovhmail" ] || fail "DESTDIR was not honoured"
make -s -C "$work/src" PREFIX=/usr DESTDIR="$work/dest" uninstall \
    >"$work/log" 2>&1 || fail "DESTDIR uninstall failed"
left=$(find "$work/dest" -type f)
[ -z "$left" ] || fail "DESTDIR uninstall left: $left"
echo "install: 1 passed, 0 failed"
