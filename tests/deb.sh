#!/bin/sh
# debian/: dpkg-buildpackage builds a .deb from the release tarball,
# lintian finds no error in it, and once installed with dpkg ovhmail works
# from /usr: its table, its catalogs, its check helper and its
# completions.  The package is purged at the end.  Installing needs root.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
. tests/lib.sh
work=$(mktemp -d)
trap 'dpkg --purge ovhmail >/dev/null 2>&1; rm -rf "$work"' EXIT
version=$(project_version)
arch=$(dpkg --print-architecture)
deb=$work/ovhmail_${version}_$arch.deb

give_up() {
	echo "deb: $*"
	echo "deb: $passed passed, $((failed + 1)) failed"
	exit 1
}
[ "$(id -u)" -eq 0 ] || give_up "installing the package needs root"
dpkg -s ovhmail >/dev/null 2>&1 && give_up "ovhmail is installed already"

make_dist "$work" >"$work/log" 2>&1 || give_up "make dist failed"
tar -xzf "$work/ovhmail-$version.tar.gz" -C "$work"
(cd "$work/ovhmail-$version" && dpkg-buildpackage -us -uc -b) \
    >"$work/build.log" 2>&1
status=$?
expect "dpkg-buildpackage -us -uc -b" "$status" 0
[ "$status" -eq 0 ] || tail -20 "$work/build.log"
[ -f "$deb" ] || give_up "no $deb"

lintian --allow-root --fail-on error "$deb" >"$work/lintian" 2>&1
expect "lintian: no error" "$?:$(grep '^E:' "$work/lintian")" "0:"

dpkg -i "$deb" >"$work/log" 2>&1
expect "dpkg -i" "$?" 0
for f in /usr/bin/ovhmail /usr/libexec/ovhmail/ovhmail-check \
    /usr/share/ovhmail/servers.json /usr/share/ovhmail/guides.json \
    /usr/share/man/man1/ovhmail.1.gz \
    /usr/share/locale/nl/LC_MESSAGES/ovhmail.mo \
    /usr/share/bash-completion/completions/ovhmail \
    /usr/share/zsh/vendor-completions/_ovhmail \
    /usr/share/fish/vendor_completions.d/ovhmail.fish; do
	expect "installed: $f" "$(test -f "$f" && echo yes)" yes
done
run() {
	env -i HOME="$work" PATH=/usr/bin:/bin "$@" 2>&1
}
expect "the installed ovhmail finds its table" \
    "$(run /usr/bin/ovhmail imap --ssl --field port)" 993
expect "the installed ovhmail finds its guides" \
    "$(run /usr/bin/ovhmail guide ios --format json | grep -c '"trap": "ios-optional"')" 4
expect "the installed ovhmail speaks French" \
    "$(run LANG=fr_FR.UTF-8 /usr/bin/ovhmail imap | grep -c 'Serveur :')" 1
run /usr/bin/ovhmail --data tests/data/check.json check imap --ssl \
    --offer broken --timeout 1 >"$work/out"
expect "the installed check runs its helper" \
    "$?:$(grep -c 'connection refused' "$work/out")" "69:1"
expect "bash finds the installed completion" \
    "$(run bash --norc -c '. /usr/share/bash-completion/completions/ovhmail
    COMP_WORDS=(ovhmail --offer ""); COMP_CWORD=2; _ovhmail
    echo "${COMPREPLY[*]}"')" "mxplan zimbra emailpro exchange"

dpkg --purge ovhmail >"$work/log" 2>&1
expect "dpkg --purge" "$?" 0
expect "purged" "$(test -e /usr/bin/ovhmail || echo gone)" gone
summary deb
