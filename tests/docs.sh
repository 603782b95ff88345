#!/bin/sh
# The documents agree with the code: CI runs the README's test command,
# and every option --help lists and every command the command table has
# is in the man page.
set -u
cd "$(dirname "$0")/.." || exit 2
passed=0
failed=0
check() {
	if [ "$1" = ok ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "docs: $2"
	fi
}

test_command=$(awk '/^The whole test suite/ { seen = 1 }
    seen && /^apt-get/ { print; exit }' README.md)
if [ -n "$test_command" ] && grep -qxF "$test_command" .ci/run; then
	check ok
else
	check fail ".ci/run does not run the README's test command"
fi

for option in $(./ovhmail --help | grep -o -- '--[a-z-]*' | sort -u); do
	name=${option#--}
	escaped=$(printf '%s' "$name" | sed 's/-/\\\\-/g')
	if grep -q "^\.It Fl \(. , Fl \)\?\\\\-$escaped" man/ovhmail.1; then
		check ok
	else
		check fail "--$name is in --help but not in man/ovhmail.1"
	fi
done
# Every command of the command table (ovhmail values command) has its
# place in the man page: a .Tg to jump to, or, for another name of one,
# its mention.
for word in $(OVHMAIL_DATA=data/servers.json ./ovhmail values command); do
	if grep -q "^\.Tg $word\$" man/ovhmail.1 ||
	    grep -q "^\.Cm $word\$" man/ovhmail.1; then
		check ok
	else
		check fail "the command $word has no .Tg in man/ovhmail.1"
	fi
done
echo "docs: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
