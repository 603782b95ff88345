#!/bin/sh
# Says how the installed aerc will secure the outgoing connection of an
# accounts.conf: "ssl", "starttls" or "none", by the rules of its own
# manual, aerc-smtp(5): what the scheme of "outgoing" means (0.14: smtp is
# "Unencrypted SMTP"; 0.15 on: "SMTP with STARTTLS", smtp+insecure without)
# and, where the manual has it, smtp-starttls.  The manual of 0.14 says
# "true|false", but 0.14's code (commands/compose/send.go) takes only
# "yes": so does this.
# usage: aerc-smtp-security.sh ACCOUNTS.CONF
set -u
conf=$1
manual=$(MANWIDTH=200 man -P cat aerc-smtp 2>/dev/null) || {
	echo "no aerc-smtp(5) here"
	exit 2
}
setting() {
	sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" "$conf" | tail -n 1
}
# The manual's line after the scheme's name: what it means.
meaning() {
	printf '%s\n' "$manual" | awk -v s="$1" '
	    found { sub(/^[ \t]+/, ""); print; exit }
	    $1 == s && NF == 1 { found = 1 }'
}
outgoing=$(setting outgoing)
scheme=${outgoing%%://*}
case $scheme in
smtps | smtps+*) echo ssl; exit 0 ;;
esac
base=smtp
case $scheme in
*+insecure*) base=smtp+insecure ;;
esac
case $(meaning "$base") in
"SMTP with STARTTLS") echo starttls ;;
"SMTP without STARTTLS") echo none ;;
"Unencrypted SMTP")
	if printf '%s\n' "$manual" | grep -q 'smtp-starttls' &&
	    [ "$(setting smtp-starttls)" = yes ]; then
		echo starttls
	else
		echo none
	fi
	;;
*) echo "unknown: the manual does not say what $base means"; exit 2 ;;
esac
