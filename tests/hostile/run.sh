#!/bin/sh
# Runs the hostile inputs of tests/hostile/cases.txt, then sets every
# field of tests/data/mini.json, one at a time, to a value of the wrong
# type: each must end in exit 65 and a message naming the field's path.
# OVHMAIL_WRAPPER runs ovhmail under valgrind.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
. tests/lib.sh
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
chmod 755 "$work"


# matches ACTUAL WANTED: equal, or WANTED ends in "..." and starts ACTUAL.
matches() {
	case $2 in
	*...)
		case $1 in
		"${2%...}"*) return 0 ;;
		esac
		return 1
		;;
	esac
	[ "$1" = "$2" ]
}

n=0
grep -v '^#' tests/hostile/cases.txt |
while IFS='|' read -r name status message command how; do
	n=$((n + 1))
	dir=$work/case$n
	mkdir "$dir"
	chmod 755 "$dir"
	cp tests/data/mini.json "$dir/mini.json"
	(cd "$dir" && eval "$how") || echo "FAIL: $name: cannot make the input"
	(cd "$dir" && eval "$command" >stdout 2>stderr; echo $? >status)
	got=$(cat "$dir/status")
	err=$(cat "$dir/stderr")
	if [ "$got" = "$status" ] && matches "$err" "$message"; then
		echo "ok $name"
	else
		echo "FAIL: $name"
		printf '  got:  %s %.300s\n  want: %s %.300s\n' "$got" "$err" \
		    "$status" "$message"
	fi
	rm -rf "$dir"
done >"$work/table.out"
passed=$(grep -c '^ok ' "$work/table.out")
failed=$(grep -c '^FAIL' "$work/table.out")
grep -v '^ok ' "$work/table.out"

# Every field, to a value of another type.
jq -r 'paths(scalars) | map(tostring) | join(" ")' tests/data/mini.json |
while read -r path; do
	filter=$(printf '%s\n' "$path" | awk '{
		out = ""
		for (i = 1; i <= NF; i++)
			out = out ($i ~ /^[0-9]+$/ ? "[" $i "]" : "[\"" $i "\"]")
		print "." out
	}')
	shown=$(printf '%s\n' "$path" | awk '{
		out = ""
		for (i = 1; i <= NF; i++)
			out = out ($i ~ /^[0-9]+$/ ? "[" $i "]" : \
			    (out == "" ? "" : ".") $i)
		print out
	}')
	jq "$filter |= (if type == \"string\" then 7 else \"wrong\" end)" \
	    tests/data/mini.json >"$work/wrong.json"
	ovhmail --data "$work/wrong.json" imap >/dev/null 2>"$work/err"
	status=$?
	case $(cat "$work/err") in
	"ovhmail: $work/wrong.json: $shown: "*)
		[ "$status" -eq 65 ] && echo "ok $shown" ||
		    echo "FAIL: $shown: status $status" ;;
	*)
		echo "FAIL: $shown: $(cat "$work/err")" ;;
	esac
done >"$work/types.out"
passed=$((passed + $(grep -c '^ok ' "$work/types.out")))
failed=$((failed + $(grep -c '^FAIL' "$work/types.out")))
grep -v '^ok ' "$work/types.out"

# Out of memory while parsing: a table whose tree (about 90 MB) cannot fit
# in 40 MB of address space, though its text (12 MB) can.  It runs the
# binary itself, as valgrind needs more room than that; and not at all
# under ASan, whose shadow memory needs terabytes of it.
if ldd "$top/ovhmail" 2>/dev/null | grep -q libasan; then
	echo "hostile: out of memory: not run under ASan" >&2
else
	jq -c '.sources += [range(300000) |
	    {id: "x\(.)", title: "t", date: "d"}]' tests/data/mini.json \
	    >"$work/big.json"
	(ulimit -v 40000 && exec "$top/ovhmail" --data "$work/big.json" imap) \
	    >/dev/null 2>"$work/err"
	status=$?
	if [ "$status" -eq 71 ] && [ "$(cat "$work/err")" = \
	    "ovhmail: $work/big.json: out of memory" ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL: out of memory: status $status: $(cat "$work/err")"
	fi
fi
summary hostile
