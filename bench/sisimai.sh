#!/bin/sh
# How often "ovhmail explain" finds the right delivery status and recipient
# in the public bounce corpus of sisimai, side by side with sisimai itself.
#
# usage:
#   sh bench/sisimai.sh SRC             SRC: go-sisimai, a work tree or a bare
#                                       git dir (git clone [--bare]
#                                       https://github.com/sisimai/go-sisimai);
#                                       its set-of-emails/maildir/bsd is the
#                                       corpus, its fact/*_test.go the
#                                       expectations
#   sh bench/sisimai.sh MAILDIR TSV     a directory of .eml files and an
#                                       expectations file made by:
#   sh bench/sisimai.sh --expectations FACTDIR > expected.tsv
#                                       FACTDIR: go-sisimai's fact/
# Run from anywhere; it works in the repository's root.  Environment:
# OVHMAIL (default ./ovhmail), OVHMAIL_DATA (default data/servers.json),
# OVHMAIL_ERRORS (passed on to ovhmail), OUT (default /tmp/score), TIMEOUT (seconds for one ovhmail run, default 10).
# Needs perl with libsisimai-perl (Debian 12: apt-get install
# libsisimai-perl; JSON::PP and Time::HiRes are in perl itself).
#
# Expectations: each publiclist row of go-sisimai's fact/*_test.go,
#   {"LABEL", INDEX, "STATUS", "REPLYCODE", "REASON", HARDBOUNCE, "OTHER"}
# inside func Test{Lhost,Rhost,}NAME, is about the INDEXth recipient of
# maildir/bsd/{lhost-,rhost-,}name-LABEL.eml (name in lower case).  The
# TSV has one line a row: file, index, status, replycode, reason.
#
# Scoring, per file (a file is right only when every row of it is met):
# - Rows whose reason is feedback, vacation or delivered are not bounces
#   (ARF reports, auto-replies, success DSNs): a file with only such rows
#   is left out of the score and counted apart.
# - The expected recipient of row N is the Nth recipient that sisimai
#   (the installed Perl one) finds in the file; where sisimai finds fewer,
#   any recipient is accepted for that row, but one there must be.
# - A row is met by a finding whose recipient is non-null and equal to the
#   expected one (case-insensitively, angle brackets dropped) and whose
#   status matches: equal to the expected status; where the expected status
#   is one of sisimai's own pseudo statuses X.0.9NN (it makes them up when
#   the bounce has no enhanced status: 5.0.911 userunknown, 5.0.947
#   expired...), any status of class X, or a null status with a reply code
#   of class X; where it is empty, any status.
# - ovhmail's findings are the objects of the JSON array of
#   "ovhmail explain --format json < FILE" (keys status, recipient, code;
#   other keys ignored); a run that fails or prints no valid JSON has none.
# - sisimai is scored against the same rows the same way, its findings
#   being its results (deliverystatus, recipient, replycode).
# A stricter count (the expected status exactly, pseudo statuses too) is
# printed beside.
#
# Writes into OUT: failures.tsv (a line per file ovhmail gets wrong: file,
# expected statuses, expected recipients, expected reasons, ovhmail's
# status/recipient pairs, the first 3 lines of its stderr, and why: none =
# no finding at all, status = no finding with the expected status,
# recipient = the status but not with the expected recipient), sisimai.jsonl
# (sisimai's results per file: recipient, deliverystatus, reason,
# replycode), ovhmail/FILE.json and .err, expected.tsv, scores.tsv.
#
# Timing: ovhmail runs one process a file (a second pass without the
# timeout wrapper, output thrown away); sisimai decodes every file in one
# perl process (its start and module load timed apart).  Accuracy is the
# main figure; the times are not comparable one for one.
set -eu

die() { echo "sisimai.sh: $*" >&2; exit 2; }

# go-sisimai fact/*_test.go -> TSV on standard output
expectations() {
	[ -d "$1" ] || die "$1: no such directory"
	perl -e '
	for my $f (sort glob("$ARGV[0]/*_test.go")) {
		open my $fh, "<", $f or die "$f: $!";
		my ($prefix, $in) = ("", 0);
		while (<$fh>) {
			if (/^func Test(Lhost|Rhost)?(\w+)\(/) {
				$prefix = ($1 ? lc($1) . "-" : "") . lc($2); $in = 0;
			}
			$in = 1 if /publiclist\s*:=/;
			next unless $in;
			while (/\{"(\d+)",\s*(\d+),\s*"([^"]*)",\s*"([^"]*)",\s*"([^"]*)",\s*(?:true|false),\s*"[^"]*"\}/g) {
				print join("\t", "$prefix-$1.eml", $2, $3, $4, $5), "\n";
			}
			$in = 0 if /EngineTest\(t,\s*"[^"]+",\s*publiclist/;
		}
	}' "$1"
}

if [ "${1:-}" = "--expectations" ]; then
	[ $# -eq 2 ] || die "usage: sh bench/sisimai.sh --expectations FACTDIR"
	expectations "$2"
	exit 0
fi

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
	sed -n "5,16s/^# \{0,1\}//p" "$0" >&2; exit 2
fi

cd "$(dirname "$0")/.."
OVHMAIL=${OVHMAIL:-./ovhmail}
OVHMAIL_DATA=${OVHMAIL_DATA:-data/servers.json}
export OVHMAIL_DATA
out=${OUT:-/tmp/score}
tmo=${TIMEOUT:-10}
[ -x "$OVHMAIL" ] || die "$OVHMAIL: not built (make ovhmail)"
perl -MSisimai -e 1 2>/dev/null || die "no Sisimai for perl: apt-get install libsisimai-perl"
# ovhmail must work at all: a binary older or newer than data/errors.json
# fails on every file (then point OVHMAIL_ERRORS at a matching errors.json).
printf "550 5.1.1 <a@example.com>: User unknown\n" |
    "$OVHMAIL" explain --format json >/dev/null 2>"${TMPDIR:-/tmp}/sisimai-sh.err" ||
    die "$OVHMAIL explain fails on a plain 550 5.1.1: $(head -n 3 "${TMPDIR:-/tmp}/sisimai-sh.err")"
rm -f "${TMPDIR:-/tmp}/sisimai-sh.err"

mkdir -p "$out"
rm -rf "$out/ovhmail" "$out/src"
mkdir -p "$out/ovhmail"
case $# in
1)	src=$1
	if [ -d "$src/set-of-emails" ] && [ -d "$src/fact" ]; then
		maildir=$src/set-of-emails/maildir/bsd
		expectations "$src/fact" > "$out/expected.tsv"
	elif git --git-dir="$src" rev-parse -q --verify HEAD >/dev/null 2>&1; then
		mkdir -p "$out/src"
		git --git-dir="$src" archive HEAD set-of-emails/maildir/bsd fact |
		    tar -x -C "$out/src"
		maildir=$out/src/set-of-emails/maildir/bsd
		expectations "$out/src/fact" > "$out/expected.tsv"
		echo "go-sisimai $(git --git-dir="$src" rev-parse HEAD)"
	else
		die "$src: neither a go-sisimai work tree nor its git dir"
	fi ;;
2)	maildir=$1
	[ -f "$2" ] || die "$2: no such file"
	cp "$2" "$out/expected.tsv" ;;
*)	sed -n '5,16s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
esac
[ -d "$maildir" ] || die "$maildir: no such directory"
maildir=$(cd "$maildir" && pwd)

# The files that have expectations and are in the corpus.
cut -f1 "$out/expected.tsv" | uniq | while IFS= read -r f; do
	[ -f "$maildir/$f" ] && echo "$f"
done > "$out/files"
missing=$(cut -f1 "$out/expected.tsv" | uniq | wc -l)
n=$(wc -l < "$out/files")
echo "expectations for $missing files, $n of them in $maildir"

# ovhmail, one process a file.
to=
command -v timeout >/dev/null && to="timeout $tmo"
: > "$out/ovhmail.rc"
while IFS= read -r f; do
	rc=0
	$to "$OVHMAIL" explain --format json < "$maildir/$f" \
	    > "$out/ovhmail/$f.json" 2> "$out/ovhmail/$f.err" || rc=$?
	printf '%s\t%s\n' "$f" "$rc" >> "$out/ovhmail.rc"
done < "$out/files"
timeouts=$(awk -F'\t' '$2 == 124' "$out/ovhmail.rc" | wc -l)
if [ "$timeouts" -eq 0 ]; then
	t0=$(date +%s%N)
	while IFS= read -r f; do
		"$OVHMAIL" explain --format json < "$maildir/$f" >/dev/null 2>&1 || :
	done < "$out/files"
	t1=$(date +%s%N)
	ovh_time=$(awk -v a="$t0" -v b="$t1" -v n="$n" 'BEGIN {
	    printf "%.2f s, %.2f ms a file, one process a file", (b - a) / 1e9, (b - a) / 1e6 / n }')
else
	ovh_time="not timed: $timeouts run(s) took over ${tmo}s"
fi

# sisimai, one process for all files.
t0=$(date +%s%N)
perl -MSisimai -MJSON::PP -MTime::HiRes=time -e '
	my ($dir, $list) = @ARGV;
	my $js = JSON::PP->new->canonical;
	my $t0 = time;
	open my $fl, "<", $list or die "$list: $!";
	while (my $f = <$fl>) {
		chomp $f;
		my $v = eval { Sisimai->make("$dir/$f", delivered => 1, vacation => 1) } || [];
		my @r = map { {
			recipient => $_->recipient ? $_->recipient->address : undef,
			deliverystatus => $_->deliverystatus,
			reason => $_->reason,
			replycode => $_->replycode,
		} } @$v;
		print $js->encode({ file => $f, results => \@r }), "\n";
	}
	printf STDERR "%.2f\n", time - $t0;
' "$maildir" "$out/files" > "$out/sisimai.jsonl" 2> "$out/sisimai.err"
t1=$(date +%s%N)
sis_loop=$(tail -n 1 "$out/sisimai.err")
sis_time=$(awk -v a="$t0" -v b="$t1" -v l="$sis_loop" -v n="$n" 'BEGIN {
    printf "%.2f s in one process (%.2f s decoding, %.2f ms a file; the rest is perl and module load)",
    (b - a) / 1e9, l, l * 1000 / n }')
sis_version=$(perl -MSisimai -e 'print Sisimai->version')

# Score.
perl -MJSON::PP -e '
	my ($out, $ovhtime, $sistime, $sisver) = @ARGV;
	my %skip = map { $_ => 1 } qw(feedback vacation delivered);
	my (%rows, @order);
	open my $e, "<", "$out/expected.tsv" or die;
	while (<$e>) {
		chomp; my @c = split /\t/, $_, -1;
		push @order, $c[0] unless $rows{$c[0]};
		push @{$rows{$c[0]}}, { idx => $c[1], status => $c[2], code => $c[3], reason => $c[4] };
	}
	my %sis;
	open my $s, "<", "$out/sisimai.jsonl" or die;
	while (<$s>) { my $j = decode_json($_); $sis{$j->{file}} = $j->{results} }
	my %rc;
	open my $r, "<", "$out/ovhmail.rc" or die;
	while (<$r>) { chomp; my ($f, $c) = split /\t/; $rc{$f} = $c }

	sub addr { my $a = shift; return undef unless defined $a && $a ne ""; $a = lc $a; $a =~ s/^\s*<|>\s*$//g; $a }
	sub smatch {
		my ($want, $st, $code, $strict) = @_;
		return 1 if $want eq "" && !$strict;
		$st //= ""; $code //= "";
		return $st eq $want if $strict;
		if ($want =~ /^(\d)\.0\.9\d\d$/) {
			my $k = $1;
			return 1 if $st =~ /^\Q$k\E\./;
			return $st eq "" && $code =~ /^\Q$k\E/;
		}
		return $st eq $want;
	}
	# every row met by some finding [status, recipient, code]?
	sub right {
		my ($rows, $exp, $found, $strict) = @_;
		for my $i (0 .. $#$rows) {
			my $ok = 0;
			for my $g (@$found) {
				next unless defined $g->[1];
				next if defined $exp->[$i] && $g->[1] ne $exp->[$i];
				if (smatch($rows->[$i]{status}, $g->[0], $g->[2], $strict)) { $ok = 1; last }
			}
			return 0 unless $ok;
		}
		return 1;
	}
	my ($tried, $skipped, $missing) = (0, 0, 0);
	my %n = (ovh => 0, sis => 0, ovhs => 0, siss => 0);
	open my $fail, ">", "$out/failures.tsv" or die;
	print $fail join("\t", qw(file expected_status expected_recipient expected_reason ovhmail stderr why)), "\n";
	open my $sc, ">", "$out/scores.tsv" or die;
	print $sc join("\t", qw(file ovhmail sisimai ovhmail_strict sisimai_strict)), "\n";
	for my $f (@order) {
		unless (exists $sis{$f}) { $missing++; next }
		my @rows = grep { !$skip{$_->{reason}} } @{$rows{$f}};
		unless (@rows) { $skipped++; next }
		$tried++;
		my $sr = $sis{$f};
		my @exp = map { addr($_->{recipient}) } @$sr;
		my @want = map { $exp[$_->{idx} - 1] } @rows;
		my @sf = map { [$_->{deliverystatus}, addr($_->{recipient}), $_->{replycode}] } @$sr;
		my @of;
		if (open my $j, "<", "$out/ovhmail/$f.json") {
			local $/; my $t = <$j>;
			my $a = eval { decode_json($t) };
			@of = map { [$_->{status}, addr($_->{recipient}), $_->{code}] }
			    grep { ref $_ eq "HASH" } @$a if ref $a eq "ARRAY";
		}
		my $o = right(\@rows, \@want, \@of, 0);
		my $si = right(\@rows, \@want, \@sf, 0);
		my $os = right(\@rows, \@want, \@of, 1);
		my $ss = right(\@rows, \@want, \@sf, 1);
		$n{ovh} += $o; $n{sis} += $si; $n{ovhs} += $os; $n{siss} += $ss;
		print $sc join("\t", $f, $o, $si, $os, $ss), "\n";
		next if $o;
		my $why = "recipient";
		if (!@of) { $why = "none" }
		else {
			for my $w (@rows) {
				$why = "status" unless grep { smatch($w->{status}, $_->[0], $_->[2], 0) } @of;
			}
		}
		my $err = "";
		if (open my $x, "<", "$out/ovhmail/$f.err") {
			my @l; while (<$x>) { chomp; push @l, $_; last if @l == 3 }
			$err = join(" | ", @l);
		}
		$err = "exit $rc{$f}" . ($err eq "" ? "" : ": $err") if ($rc{$f} // 0) != 0;
		$err =~ s/\t/ /g;
		print $fail join("\t", $f,
		    join(",", map { $_->{status} eq "" ? "-" : $_->{status} } @rows),
		    join(",", map { $_ // "-" } @want),
		    join(",", map { $_->{reason} } @rows),
		    join(" ", map { ($_->[0] // ($_->[2] // "-")) . "/" . ($_->[1] // "-") } @of) || "[]",
		    $err, $why), "\n";
	}
	my $p = sub { sprintf "%d (%.1f%%)", $_[0], $tried ? 100 * $_[0] / $tried : 0 };
	print "files tried: $tried (left out: $skipped not bounces (feedback, vacation, delivered))\n";
	print "ovhmail right: ", $p->($n{ovh}), "   strict: ", $p->($n{ovhs}), "\n";
	print "sisimai $sisver right: ", $p->($n{sis}), "   strict: ", $p->($n{siss}), "\n";
	print "time ovhmail: $ovhtime\n";
	print "time sisimai: $sistime\n";
	print "failures: $out/failures.tsv (", $tried - $n{ovh}, " files)\n";
' "$out" "$ovh_time" "$sis_time" "$sis_version"
