#!/bin/sh
# Regenerates po/ovhmail.pot, the messages to translate, and merges it into
# po/LL.po for each language LL given; "make update-po" runs it.
#
# The messages come from the sources (xgettext, with the functions that
# translate their format listed as keywords) and from the data file: the
# region names, the server-number hints, the reasons of legacy entries and
# the explanations of errors,
# which ovhmail passes through gettext(3) as it prints them for people.
#
# usage: po/update.sh [-o POT] [LL ...]
set -eu
cd "$(dirname "$0")/.."
pot=po/ovhmail.pot
if [ "${1:-}" = -o ]; then
	pot=$2
	shift 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

xgettext --from-code=UTF-8 --language=C --package-name=ovhmail \
    --add-comments=TRANSLATORS: --no-location --sort-output \
    --keyword=_ --keyword=N_ --keyword=ngettext:1,2 \
    --keyword=problem_set:4 --flag=problem_set:4:c-format \
    --keyword=rd_bad:2 --flag=rd_bad:2:c-format \
    --keyword=rd_bad_member:3 --flag=rd_bad_member:3:c-format \
    --keyword=step:4 --flag=step:4:c-format \
    --keyword=fail:2 --flag=fail:2:c-format \
    --keyword=hint:2 --flag=hint:2:c-format \
    --keyword=hint_alternative:2 --keyword=rd_add_unique:4 \
    --keyword=xml_bad:2 --keyword=print_n:2,3 --flag=print_n:2:c-format \
    -o "$tmp/sources.pot" src/*.c
sed 's/charset=CHARSET/charset=UTF-8/' "$tmp/sources.pot" >"$tmp/utf8.pot"

# "%s" alone, as in problem_set(..., "%s", strerror(errno)), has nothing
# to translate.
msggrep --msgid -v -E -e '^(%s|%s: %s|%s, %s|"%s"|AUTH %s%s%s)$' "$tmp/utf8.pot" \
    -o "$tmp/messages.pot"

# JSON strings without control characters (the data file has none) are
# PO strings as they are.
{
	printf 'msgid ""\nmsgstr ""\n'
	printf '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
	jq -r '[.regions[].name, .offers[].server_number // empty,
	    (.offers[].servers[].reason // empty)] | unique | .[] |
	    "#. data/servers.json\nmsgid \(tojson)\nmsgstr \"\"\n"' \
	    data/servers.json
	jq -r '[(.errors[] | .meaning, .fix, (.conflict.fix // empty)),
	    .generic[].meaning] | unique |
	    .[] | "#. data/errors.json\nmsgid \(tojson)\nmsgstr \"\"\n"' \
	    data/errors.json
} >"$tmp/data.pot"

msgcat --no-location --sort-output "$tmp/messages.pot" "$tmp/data.pot" \
    -o "$tmp/all.pot"
# The header of the sources' template, which msgcat does not keep whole.
msgcat --use-first "$tmp/messages.pot" "$tmp/all.pot" --sort-output \
    --no-location -o "$pot"

for lang in "$@"; do
	msgmerge --quiet --update --backup=none --no-location --sort-output \
	    "po/$lang.po" "$pot"
done
