#!/bin/sh
# make install and make uninstall into a scratch PREFIX and DESTDIR: the
# installed ovhmail must find its installed table and catalogs with no
# help from the environment, and uninstall must leave nothing behind.
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
(cd "$top" && cp -R Makefile completions data include man po src \
    "$work/src/") ||
    fail "cannot copy the tree"
mkdir -p "$work/src/tests/data"
cp "$top/tests/data/check.json" "$work/src/tests/data/"
rm -f "$work/src/src/"*.o
# Built as the README's set-up command builds it, where cmocka may be
# missing: pkg-config is asked for it only by the unit tests, so that make
# says nothing on stderr.
printf '#!/bin/sh\ncase " $* " in *" cmocka "*) echo "no cmocka" >&2; exit 1;; esac\nexec pkg-config "$@"\n' >"$work/pkg-config"
chmod +x "$work/pkg-config"
make -s -C "$work/src" PREFIX="$work/prefix" PKG_CONFIG="$work/pkg-config" \
    >"$work/log" 2>"$work/stderr" ||
    fail "build failed: $(cat "$work/log" "$work/stderr")"
[ -s "$work/stderr" ] && fail "make wrote on stderr: $(cat "$work/stderr")"
make -s -C "$work/src" PREFIX="$work/prefix" install >"$work/log" 2>&1 ||
    fail "install failed: $(cat "$work/log")"
for f in bin/ovhmail libexec/ovhmail/ovhmail-check share/ovhmail/servers.json \
    share/ovhmail/guides.json \
    share/ovhmail/errors.json \
    share/man/man1/ovhmail.1 share/man/man5/ovhmail-data.5 \
    share/locale/fr/LC_MESSAGES/ovhmail.mo \
    share/locale/nl/LC_MESSAGES/ovhmail.mo \
    share/bash-completion/completions/ovhmail \
    share/zsh/site-functions/_ovhmail \
    share/fish/vendor_completions.d/ovhmail.fish; do
	[ -f "$work/prefix/$f" ] || fail "$f was not installed"
done
port=$(env -i HOME="$work/home" PATH=/usr/bin:/bin \
    "$work/prefix/bin/ovhmail" imap --ssl --field port) ||
    fail "the installed ovhmail did not find its data"
[ "$port" = 993 ] || fail "the installed ovhmail said '$port', not 993"
step=$(env -i HOME="$work/home" PATH=/usr/bin:/bin \
    "$work/prefix/bin/ovhmail" guide thunderbird --format json | grep -c '"field": "Server"')
[ "$step" = 2 ] || fail "the installed ovhmail did not find guides.json"
# In Dutch (the nl_NL.UTF-8 locale must exist: .ci/run makes it).
label=$(env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=nl_NL.UTF-8 \
    "$work/prefix/bin/ovhmail" imap | sed -n 's/^  \(Poort:\).*/\1/p')
[ "$label" = Poort: ] || fail "the installed ovhmail did not find its catalogs"
# explain finds errors.json beside the installed table.
env -i HOME="$work/home" PATH=/usr/bin:/bin "$work/prefix/bin/ovhmail" \
    explain 535 >"$work/out" 2>&1 ||
    fail "the installed explain did not find errors.json: $(cat "$work/out")"
# check hands over to the installed helper (nothing listens on 10201).
env -i HOME="$work/home" PATH=/usr/bin:/bin "$work/prefix/bin/ovhmail" \
    --data "$work/src/tests/data/check.json" check imap --ssl \
    --offer broken --timeout 1 >"$work/out" 2>&1
[ $? -eq 69 ] && grep -q 'connection refused' "$work/out" ||
    fail "the installed check did not run: $(cat "$work/out")"
# ovhmail-check exists so that ovhmail starts without OpenSSL: ovhmail
# itself links neither libssl nor libcrypto, and the helper does.
ldd "$work/prefix/bin/ovhmail" | grep -q -e libssl -e libcrypto &&
    fail "ovhmail links OpenSSL: $(ldd "$work/prefix/bin/ovhmail")"
ldd "$work/prefix/libexec/ovhmail/ovhmail-check" | grep -q libssl ||
    fail "ovhmail-check does not link OpenSSL"
mv "$work/prefix/libexec/ovhmail/ovhmail-check" "$work/helper"
env -i PATH=/usr/bin:/bin "$work/prefix/bin/ovhmail" --data \
    "$work/src/tests/data/check.json" check >"$work/out" 2>&1
[ $? -eq 72 ] && grep -q "ovhmail-check: No such file or directory" \
    "$work/out" || fail "a missing helper went unreported: $(cat "$work/out")"
mv "$work/helper" "$work/prefix/libexec/ovhmail/ovhmail-check"
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
