#!/bin/sh
# Translations: po/ holds every message of the sources and the data file,
# each language translates all of them, and what programs read (json, env,
# --field, export, values, check --format json) is the same byte for byte
# in every locale.  The locales nl_NL.UTF-8 and fr_FR.UTF-8 must exist
# (.ci/run makes them).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
. tests/lib.sh
scratch
LINGUAS="fr nl"
LOCALES="nl_NL.UTF-8 fr_FR.UTF-8"

# The template must hold exactly the messages the code and data have now.
sh po/update.sh -o "$work/fresh.pot" 2>"$work/err"
expect "po/update.sh runs" "$(cat "$work/err")" ""
msgcmp --use-untranslated po/ovhmail.pot "$work/fresh.pot" \
    >"$work/err" 2>&1
expect "po/ovhmail.pot has every message" "$(head -3 "$work/err")" ""
msgcmp --use-untranslated "$work/fresh.pot" po/ovhmail.pot \
    >"$work/err" 2>&1
expect "po/ovhmail.pot has no stale message" "$(head -3 "$work/err")" ""

for lang in $LINGUAS; do
	msgcmp "po/$lang.po" "$work/fresh.pot" >"$work/err" 2>&1
	expect "po/$lang.po translates every message" \
	    "$(head -3 "$work/err")" ""
	stats=$(msgfmt -c --statistics -o /dev/null "po/$lang.po" 2>&1)
	expect "po/$lang.po: checked, none fuzzy or untranslated" \
	    "$(printf '%s\n' "$stats" | sed 's/^[0-9]* //')" \
	    "translated messages."
done

for locale in $LOCALES; do
	expect "the locale $locale exists" \
	    "$(LC_ALL=$locale locale charmap 2>/dev/null)" "UTF-8"
done

# run LOCALE ARGS...: stdout, stderr and status of ovhmail in LOCALE; the
# milliseconds check measures differ from run to run, not from language
# to language, and are left out.
run() {
	locale=$1
	shift
	{
		LC_ALL= LANG=$locale OVHMAIL_LOCALEDIR="$top/locale" \
		    OVHMAIL_DATA="$top/data/servers.json" HOME="$work" \
		    ovhmail "$@" 2>&1
		echo "status $?"
	} | sed -E 's/"(elapsed|connect|tls)_ms": [0-9]+/"\1_ms": N/'
}

# A translated catalog is used: the same command reads differently.
expect "nl is Dutch" "$(run nl_NL.UTF-8 imap | grep -c Poort:)" 1
expect "fr is French" "$(run fr_FR.UTF-8 imap | grep -c 'Serveur :')" 1

while read -r args; do
	[ -n "$args" ] || continue
	# shellcheck disable=SC2086 # the arguments are words on purpose
	english=$(run C $args)
	for locale in $LOCALES; do
		# shellcheck disable=SC2086
		expect "same in $locale: $args" "$(run "$locale" $args)" \
		    "$english"
	done
done <<'CASES'
--format json list
--format json --offer emailpro --server 4 smtp
--format env list --region ca
--field host --field port --field security --no-ssl pop
--format json webmail
--format json explain 553
values offer
values field
values export
values client
--format json guide outlook --offer exchange --server 2
export autoconfig --domain example.fr
export autodiscover --email jan@example.nl
export mobileconfig --email jean@exemple.fr
export msmtp --email jean@exemple.fr
export mbsync --email jan@example.nl
export neomutt --email jan@example.nl
export aerc --email jean@exemple.fr
export dns --domain exemple.fr
--format json --server 2 audit tests/audit/accounts.conf
--format json audit /nonexistent tests/audit
--data tests/data/check.json --offer broken --timeout 1 --format json check imap --ssl
CASES

# Every error explain knows, as json: the same in every language.
while IFS= read -r text; do
	[ -n "$text" ] || continue
	english=$(run C explain "$text" --format json)
	for locale in $LOCALES; do
		expect "same in $locale: explain '$text' --format json" \
		    "$(run "$locale" explain "$text" --format json)" "$english"
	done
done <<'TEXTS'
421 Service not available, closing transmission channel
450 Requested mail action not taken: mailbox unavailable
451 Requested action aborted: local error in processing
452 Requested action not taken: insufficient system storage
503 Bad sequence of commands
535 Authentication failed
550 Requested action not taken: mailbox unavailable
550 5.7.1 Rejected per policy
550 5.7.26 Unauthenticated email is not accepted
550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain
551 User not local; relay denied
552 5.2.2 Requested mail action aborted: exceeded storage allocation
552 5.3.4 Message size exceeds fixed limit
553 Requested action not taken: mailbox name not allowed
553 sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1)
554 Transaction failed
555 MAIL FROM/RCPT TO parameters not recognized or not implemented
authoritative domain detected
Blocked for SPAM
The test email has not been received
Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.
Unable to verify account name or password
TEXTS

summary i18n
