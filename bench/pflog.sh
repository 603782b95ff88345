#!/bin/sh
# A realistic Postfix mail.log of a given size, and how long pflogsumm and
# "ovhmail explain --summary --file" take to read it.
#
# usage:
#   sh bench/pflog.sh generate PATH [MB]   write a log of about MB megabytes
#                                          (default 200) to PATH
#   sh bench/pflog.sh time PATH            time pflogsumm and ovhmail on it
#   sh bench/pflog.sh PATH [MB]            both (generates only if PATH is
#                                          missing)
# Environment: OVHMAIL (default ./ovhmail), OVHMAIL_DATA (default
# data/servers.json), SEED (default 1: the same log every time).
# Needs perl, pflogsumm and GNU time (Debian 12: apt-get install pflogsumm
# time).
#
# The log is what Postfix 3.7 on Debian 12 writes through rsyslog with the
# traditional timestamp ("Dec  7 03:01:02 mx1 postfix/smtp[1234]: ..."):
# per message smtpd connect, client=, cleanup message-id=, qmgr from=, one
# to three deliveries (mostly status=sent; deferred: connection timed out
# 4.4.1, 421 4.7.0 greylisting, 450 4.2.1; bounced: 550 5.1.1 user
# unknown, 552 5.2.2 mailbox full, 550 5.7.1 spam, 554 5.7.1 relay access
# denied, each followed by its bounce notification; some status=expired,
# returned to sender), qmgr removed and smtpd disconnect; among them local
# pickups, NOQUEUE: reject: RCPT lines, lost connections and warnings.
# About 1,000 recipients in 150 domains.
set -eu

die() { echo "pflog.sh: $*" >&2; exit 2; }

generate() {
	path=$1 mb=${2:-200}
	perl -e '
use strict; use warnings; use POSIX qw(strftime);
my ($path, $mb, $seed) = @ARGV;
srand($seed);
my $limit = $mb * 1024 * 1024;
open my $o, ">", $path or die "$path: $!";
my @tld = qw(com net org fr de co.uk nl be es it);
my @w = qw(acme blue north mail nova terra alpha metro globe river stone delta
    pixel lumen orbit cedar maple polar coral amber);
my @dom = map { $w[$_ % @w] . ($_ >= @w ? int($_ / @w) : "") . "." . $tld[$_ % @tld] } 0 .. 149;
my @first = qw(alice bob carol dave erin frank grace heidi ivan judy mallory
    niaj olivia peggy rupert sybil trent victor walter yolanda contact info
    sales support billing noreply admin jobs news hello);
my @rcpt = map { $first[$_ % @first] . ($_ < @first ? "" : int($_ / @first)) . "\@" . $dom[($_ * 7) % @dom] } 0 .. 999;
my @local = map { "user$_\@example.fr" } 1 .. 60;
my @mx = map { my $d = $_; my $i = 1 + (unpack("%32C*", $d) % 250);
    ["mx" . (1 + $i % 2) . ".$d", "198.51." . ($i % 100) . ".$i"] } @dom;
my %mxof; @mxof{@dom} = @mx;
my @clients = map { ["mail-" . $w[$_ % @w] . "$_.out.example.net", "203.0." . ($_ % 113) . "." . (1 + $_ % 254)] } 0 .. 199;
push @clients, map { ["unknown", "192.0.2." . (1 + $_)] } 0 .. 49;
my $t = 1733011200 + 7 * 86400;	# Dec  8 00:00:00 UTC
my ($lastt, $stamp) = (-1, "");
my $size = 0;
my ($smtpd, $cleanup, $qmgr, $bouncepid) = (2101, 3011, 941, 4001);
my $qn = 0x4F3A2;
sub line {
	my $l = shift;
	if ($t != $lastt) { $lastt = $t; $stamp = strftime("%b %e %H:%M:%S", gmtime $t) . " mx1 postfix/" }
	my $s = $stamp . $l . "\n";
	print $o $s; $size += length $s;
}
sub qid { $qn += 1 + int(rand 37); sprintf "%05X%05X", $qn & 0xFFFFF, int(rand 0x100000) }
sub pick { $_[int(rand @_)] }
sub delays { my ($a, $b, $c, $d) = map { (my $v = sprintf "%.2f", $_) =~ s{\.?0+$}{}; $v } (rand 0.3, rand 0.05, rand 0.8, rand 1.5);
	my $tot = $a + $b + $c + $d; (sprintf("%.2g", $tot || 0.01), "$a/$b/$c/$d") }
while ($size < $limit) {
	$t += int(rand 3);
	my $r = rand;
	my $pid = $smtpd + int(rand 40);
	my $c = pick(@clients);
	my $cl = "$c->[0]\[$c->[1]\]";
	if ($r < 0.04) {	# rejected at RCPT
		my $rc = pick(@rcpt); my $from = pick(@rcpt);
		line("smtpd[$pid]: connect from $cl");
		my $why = pick(
		    "554 5.7.1 <$rc>: Relay access denied",
		    "450 4.1.8 <$from>: Sender address rejected: Domain not found",
		    "550 5.1.1 <" . pick(@local) . ">: Recipient address rejected: User unknown in virtual mailbox table",
		    "554 5.7.1 Service unavailable; Client host [$c->[1]] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/$c->[1]",
		    "450 4.7.1 <unknown.example>: Helo command rejected: Host not found");
		my $to = $why =~ /Relay/ ? $rc : pick(@local);
		line("smtpd[$pid]: NOQUEUE: reject: RCPT from $cl: $why; from=<$from> to=<$to> proto=ESMTP helo=<" . ($c->[0] eq "unknown" ? "localhost" : $c->[0]) . ">");
		line("smtpd[$pid]: disconnect from $cl ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4");
		next;
	}
	if ($r < 0.05) {
		line("smtpd[$pid]: connect from $cl");
		line("smtpd[$pid]: lost connection after " . pick("CONNECT", "EHLO", "AUTH", "STARTTLS") . " from $cl");
		line("smtpd[$pid]: disconnect from $cl ehlo=1 auth=0/1 commands=1/2");
		next;
	}
	if ($r < 0.055) {
		line("smtpd[$pid]: warning: hostname $c->[0] does not resolve to address $c->[1]: Name or service not known");
	}
	my $q = qid();
	my $local = rand() < 0.15;
	my $from = $local ? pick("www-data\@mx1.example.fr", "root\@mx1.example.fr", pick(@local)) : pick(@local);
	if ($local) {
		line("pickup[" . (811 + int(rand 5)) . "]: $q: uid=" . pick(33, 0, 1000) . " from=<" . ($from =~ /^([^@]+)/)[0] . ">");
	} else {
		line("smtpd[$pid]: connect from $cl");
		line("smtpd[$pid]: Anonymous TLS connection established from $cl: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256") if rand() < 0.6;
		line("smtpd[$pid]: $q: client=$cl" . ($c->[0] eq "unknown" ? "" : ", sasl_method=PLAIN, sasl_username=" . ($from =~ /^([^@]+)/)[0]));
	}
	line("cleanup[" . ($cleanup + int(rand 20)) . "]: $q: message-id=<" . sprintf("%08x.%04x", int(rand 2**32), int(rand 65536)) . "\@" . ($from =~ /@(.*)/)[0] . ">");
	my $n = rand() < 0.85 ? 1 : 1 + int(rand 3);
	line("qmgr[$qmgr]: $q: from=<$from>, size=" . (800 + int(rand 60000)) . ", nrcpt=$n (queue active)");
	$t += int(rand 2);
	line("smtpd[$pid]: disconnect from $cl ehlo=2 starttls=1 auth=1 mail=1 rcpt=$n data=1 quit=1 commands=" . (7 + $n)) unless $local;
	my $bounced = 0;
	for (1 .. $n) {
		my $to = pick(@rcpt);
		my ($d) = $to =~ /@(.*)/;
		my ($mh, $ip) = @{$mxof{$d}};
		my $relay = "$mh\[$ip\]:25";
		my $spid = 5001 + int(rand 60);
		my ($delay, $dl) = delays();
		my $k = rand;
		if ($k < 0.84) {
			line("smtp[$spid]: Trusted TLS connection established to $relay: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256") if rand() < 0.3;
			line("smtp[$spid]: $q: to=<$to>, relay=$relay, delay=$delay, delays=$dl, dsn=2.0.0, status=sent (250 2.0.0 " . pick("Ok: queued as " . sprintf("%X", int(rand 2**40)), "OK  " . ($t) . " " . sprintf("%x", int(rand 2**32)) . " - gsmtp", "Message accepted for delivery") . ")");
		} elsif ($k < 0.87) {
			line("smtp[$spid]: connect to $relay: Connection timed out");
			line("smtp[$spid]: $q: to=<$to>, relay=none, delay=" . (30 + int(rand 900)) . ", delays=0.05/0/30/0, dsn=4.4.1, status=deferred (connect to $relay: Connection timed out)");
		} elsif ($k < 0.90) {
			line("smtp[$spid]: $q: to=<$to>, relay=$relay, delay=$delay, delays=$dl, dsn=4.7.0, status=deferred (host $mh\[$ip\] said: 421 4.7.0 Greylisting in action, please come back later (in reply to RCPT TO command))");
		} elsif ($k < 0.91) {
			line("smtp[$spid]: $q: to=<$to>, relay=$relay, delay=$delay, delays=$dl, dsn=4.2.1, status=deferred (host $mh\[$ip\] said: 450 4.2.1 <$to>: Recipient address rejected: mailbox temporarily disabled (in reply to RCPT TO command))");
		} elsif ($k < 0.945) {
			line("smtp[$spid]: $q: to=<$to>, relay=$relay, delay=$delay, delays=$dl, dsn=5.1.1, status=bounced (host $mh\[$ip\] said: 550 5.1.1 <$to>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))");
			$bounced = 1;
		} elsif ($k < 0.96) {
			line("smtp[$spid]: $q: to=<$to>, relay=$relay, delay=$delay, delays=$dl, dsn=5.2.2, status=bounced (host $mh\[$ip\] said: 552 5.2.2 <$to>: Mailbox full (in reply to end of DATA command))");
			$bounced = 1;
		} elsif ($k < 0.975) {
			line("smtp[$spid]: $q: to=<$to>, relay=$relay, delay=$delay, delays=$dl, dsn=5.7.1, status=bounced (host $mh\[$ip\] said: 550 5.7.1 Message rejected as spam by Content Filtering. (in reply to end of DATA command))");
			$bounced = 1;
		} elsif ($k < 0.985) {
			line("smtp[$spid]: $q: to=<$to>, relay=$relay, delay=$delay, delays=$dl, dsn=5.7.1, status=bounced (host $mh\[$ip\] said: 554 5.7.1 <$to>: Relay access denied (in reply to RCPT TO command))");
			$bounced = 1;
		} else {
			line("smtp[$spid]: $q: to=<$to>, relay=none, delay=" . (432000 + int(rand 3600)) . ", delays=432000/0.02/30/0, dsn=4.4.1, status=deferred (connect to $relay: Connection timed out)");
			line("qmgr[$qmgr]: $q: from=<$from>, status=expired, returned to sender");
			$bounced = 1;
		}
	}
	if ($bounced) {
		my $b = qid();
		my $bp = $bouncepid + int(rand 10);
		line("cleanup[" . ($cleanup + int(rand 20)) . "]: $b: message-id=<" . sprintf("%d", $t) . ".$b\@mx1.example.fr>");
		line("bounce[$bp]: $q: sender non-delivery notification: $b");
		line("qmgr[$qmgr]: $b: from=<>, size=" . (3000 + int(rand 4000)) . ", nrcpt=1 (queue active)");
		line("virtual[" . (6001 + int(rand 10)) . "]: $b: to=<$from>, relay=virtual, delay=0.01, delays=0/0/0/0.01, dsn=2.0.0, status=sent (delivered to maildir)");
		line("qmgr[$qmgr]: $b: removed");
	}
	line("qmgr[$qmgr]: $q: removed");
}
close $o or die "$path: $!";
' "$path" "$mb" "${SEED:-1}"
}

timeit() {
	path=$1
	[ -f "$path" ] || die "$path: no such file"
	cd "$(dirname "$0")/.."
	OVHMAIL=${OVHMAIL:-./ovhmail}
	OVHMAIL_DATA=${OVHMAIL_DATA:-data/servers.json}
	export OVHMAIL_DATA
	[ -x /usr/bin/time ] || die "no /usr/bin/time: apt-get install time"
	echo "$(wc -c < "$path") bytes, $(wc -l < "$path") lines in $path"
	printf 'pflogsumm %s: ' "$(pflogsumm --version 2>/dev/null | head -n 1)"
	/usr/bin/time -f '%e s %M KB' -o /tmp/pflog.time pflogsumm "$path" > /dev/null
	cat /tmp/pflog.time
	printf 'ovhmail explain --summary --file: '
	if /usr/bin/time -f '%e s %M KB' -o /tmp/pflog.time \
	    "$OVHMAIL" explain --summary --file "$path" > /dev/null 2>/tmp/pflog.err; then
		cat /tmp/pflog.time
	else
		echo "ovhmail explain --summary --file not available yet ($(head -n 1 /tmp/pflog.err))"
	fi
	rm -f /tmp/pflog.time /tmp/pflog.err
}

case ${1:-} in
generate)
	[ $# -ge 2 ] || die "usage: sh bench/pflog.sh generate PATH [MB]"
	generate "$2" "${3:-200}" ;;
time)
	[ $# -eq 2 ] || die "usage: sh bench/pflog.sh time PATH"
	timeit "$2" ;;
''|-h|--help)
	sed -n '5,11s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
*)
	[ -f "$1" ] || generate "$1" "${2:-200}"
	timeit "$1" ;;
esac
