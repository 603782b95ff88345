#!/bin/sh
# Times "ovhmail imap --ssl --field port" against /bin/true (the cost of
# starting a process at all) and against the same lookup done with jq,
# then on generated tables of 10, 1,000 and 100,000 entries; measures the
# peak memory of a lookup in the shipped table.  Prints the figures and
# how they compare with the goals of bench/README.md.
# usage: bench/run.sh	(after make; needs hyperfine, jq and GNU time)
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=${RUNS:-500}

# Mean seconds of each command, one line each, from hyperfine's JSON.
mean() {
	hyperfine -N --warmup "${WARMUP:-50}" --runs "$runs" \
	    --export-json "$work/t.json" \
	    "$@" >/dev/null 2>&1
	jq -r '.results[].mean' "$work/t.json"
}
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}
ms() {
	awk -v s="$1" 'BEGIN { printf "%.2f ms", s * 1000 }'
}

data=data/servers.json
jq_lookup="jq -r '.offers[] | select(.default) | .servers[] | select(.protocol == \"imap\" and .ssl and .region == \"eu\") | .port' $data"
set -- $(mean /bin/true "./ovhmail --data $data imap --ssl --field port" \
    "$jq_lookup")
true_s=$1 ovhmail_s=$2 jq_s=$3
echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "date: $(date -u +%Y-%m-%d)"
echo "/bin/true:        $(ms "$true_s")"
echo "ovhmail lookup:   $(ms "$ovhmail_s")  ($(ratio "$ovhmail_s" "$true_s")x /bin/true; goal at most 1.25x)"
echo "jq lookup:        $(ms "$jq_s")  (ovhmail is $(ratio "$jq_s" "$ovhmail_s")x faster; goal at least 3x)"

# The same lookup in text, translated: the locale and the catalog loaded.
set -- $(LANG=nl_NL.UTF-8 OVHMAIL_LOCALEDIR=$PWD/locale mean \
    "./ovhmail --data $data imap --ssl")
nl_s=$1
echo "text, in Dutch:   $(ms "$nl_s")  ($(ratio "$nl_s" "$true_s")x /bin/true)"

for n in 10 1000 100000; do
	sh bench/generate.sh "$n" >"$work/$n.json"
done
jq_big=$(printf '%s' "$jq_lookup" | sed "s|$data|$work/100000.json|")
set -- $(RUNS=${SCALE_RUNS:-20} WARMUP=2 mean \
    "./ovhmail --data $work/10.json imap --ssl --field port" \
    "./ovhmail --data $work/1000.json imap --ssl --field port" \
    "./ovhmail --data $work/100000.json imap --ssl --field port" \
    "$jq_big")
echo "10 entries:       $(ms "$1")"
echo "1,000 entries:    $(ms "$2")  (per entry above 10: $(awk -v a="$2" -v b="$1" 'BEGIN { printf "%.2f us", (a - b) / 990 * 1e6 }'))"
echo "jq, 100,000:      $(ms "$4")  (ovhmail is $(ratio "$4" "$3")x faster; goal at least 3x)"
echo "100,000 entries:  $(ms "$3")  (per entry above 10: $(awk -v a="$3" -v b="$1" 'BEGIN { printf "%.2f us", (a - b) / 99990 * 1e6 }'); goal: no more per entry than at 1,000)"

rss=$(/usr/bin/time -f %M ./ovhmail --data "$data" imap --ssl --field port 2>&1 >/dev/null)
true_rss=$(/usr/bin/time -f %M /bin/true 2>&1)
nl_rss=$(LANG=nl_NL.UTF-8 OVHMAIL_LOCALEDIR=$PWD/locale /usr/bin/time -f %M \
    ./ovhmail --data "$data" imap --ssl 2>&1 >/dev/null)
echo "peak RSS:         $rss kB (/bin/true: $true_rss kB; goal under 2048 kB)"
echo "peak RSS, Dutch:  $nl_rss kB"
