#!/bin/sh
# ovhmail guide, for every client and every offer and region the table
# sells: the steps in English, Dutch and French and as json, compared with
# tests/guide/expected/CLIENT.OFFER[.REGION].txt (read them: they are what
# users get).  Then what must hold whatever the texts say: json is the
# same byte for byte in every locale; each trap appears exactly where
# OVHcloud's guides say it applies; the Apple clients start with the
# one-tap profile.  The locales nl_NL.UTF-8 and fr_FR.UTF-8 must exist.
#
# usage: run.sh [--regen]
#	--regen rewrites the expected files from what the binary does now.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
. tests/lib.sh
scratch
regen=no
[ "${1:-}" = --regen ] && regen=yes
expected=tests/guide/expected
EMAIL=jan@example.nl
OVHMAIL_DATA=$top/data/servers.json
OVHMAIL_LOCALEDIR=$top/locale
HOME=$work
export OVHMAIL_DATA OVHMAIL_LOCALEDIR HOME
unset LC_ALL LANG LANGUAGE LC_MESSAGES NO_COLOR XDG_DATA_HOME

# run_in LOCALE ARGS: ovhmail's stdout, stderr and status in that locale.
run_in() {
	locale=$1
	shift
	LC_ALL=$locale ovhmail "$@" 2>&1
	echo "--- status $?"
}

# The traps that apply, by OVHcloud's guides, whatever guides.json says.
traps() {
	case $1/$2/$3 in
	thunderbird/emailpro/* | thunderbird/exchange/* | \
	    thunderbird/mxplan/ca | thunderbird/mxplan/apac)
		echo thunderbird-proposes-mxplan ;;
	outlook/exchange/*)
		printf '%s\n' new-outlook exchange-autodiscover ;;
	outlook/zimbra/*)
		echo new-outlook ;;
	new-outlook/exchange/* | new-outlook/emailpro/*)
		echo new-outlook ;;
	new-outlook/zimbra/*)
		printf '%s\n' new-outlook new-outlook-no-edit ;;
	new-outlook/mxplan/*)
		echo new-outlook-no-edit ;;
	ios/exchange/*) ;;
	ios/*)
		echo ios-optional ;;
	esac
}

clients=$(ovhmail values client)
expect "values client" "$(echo $clients)" \
    "thunderbird outlook new-outlook outlook-mac apple-mail ios android"
# Other names for a client: each gives the client's own steps.
for pair in iphone:ios ipad:ios mac:apple-mail macos:apple-mail; do
	expect "guide ${pair%%:*} is guide ${pair#*:}" \
	    "$(run_in C guide "${pair%%:*}" --format json | sed '$d' |
	    jq -r .client)" "${pair#*:}"
done
seen=""
for offer in $(ovhmail values offer); do
	regions=$(ovhmail values region --offer "$offer")
	for region in ${regions:--}; do
		# The table numbers some offers' servers: any number will do.
		set -- --offer "$offer" --email "$EMAIL"
		[ "$region" = - ] || set -- "$@" --region "$region"
		ovhmail list "$@" >/dev/null 2>&1 || set -- "$@" --server 7
		for client in $clients; do
			name=$client.$offer${region#-}
			[ "$region" = - ] || name=$client.$offer.$region
			seen="$seen $name.txt"
			json=$(run_in C guide "$client" "$@" --format json)
			{
				for locale in C nl_NL.UTF-8 fr_FR.UTF-8; do
					echo "--- $locale"
					run_in "$locale" guide "$client" "$@"
				done
				echo "--- json"
				printf '%s\n' "$json"
			} >"$work/actual"
			[ "$regen" = yes ] && cp "$work/actual" "$expected/$name.txt"
			expect "$name: as expected" \
			    "$(diff -u "$expected/$name.txt" "$work/actual" 2>&1 |
			    head -20)" ""
			for locale in nl_NL.UTF-8 fr_FR.UTF-8; do
				expect "$name: json the same in $locale" \
				    "$(run_in "$locale" guide "$client" "$@" \
				    --format json)" "$json"
			done
			expect "$name: the traps that apply" \
			    "$(printf '%s\n' "$json" | sed '$d' |
			    jq -r '[.steps[].trap // empty] | unique | .[]')" \
			    "$(traps "$client" "$offer" "$region" | sort)"
			case $client in
			ios | apple-mail)
				expect "$name: the profile first" \
				    "$(printf '%s\n' "$json" | sed '$d' |
				    jq -r '.steps[0].text' |
				    grep -c 'ovhmail export mobileconfig')" 1 ;;
			esac
		done
	done
done

# Every offer and region a step is limited to is one the table has: a
# typo would hide the step everywhere.
offers=$(ovhmail values offer)
regions=$(for offer in $offers; do ovhmail values region --offer "$offer"
    done | sort -u)
for id in $(jq -r '[.clients[].steps[].offers[]?] | unique | .[]' \
    data/guides.json); do
	expect "guides.json names the offer $id" \
	    "$(printf '%s\n' "$offers" | grep -cx "$id")" 1
done
for id in $(jq -r '[.clients[].steps[].regions[]?] | unique | .[]' \
    data/guides.json); do
	expect "guides.json names the region $id" \
	    "$(printf '%s\n' "$regions" | grep -cx "$id")" 1
done

# No expected file is left over from a pair the table no longer sells.
for file in "$expected"/*.txt; do
	case "$seen " in
	*" ${file##*/} "*) ;;
	*)
		if [ "$regen" = yes ]; then
			rm -f "$file"
		else
			expect "$file is for a pair the table sells" stale ""
		fi ;;
	esac
done
summary guide
