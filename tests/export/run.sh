#!/bin/sh
# Feeds every export format to the real program that reads it, and checks
# that the program accepts it and reads back the host, port, security and
# username ovhmail meant.  The address used has characters that need
# escaping in every one of these syntaxes.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
work=$(mktemp -d)
. tests/lib.sh

OVHMAIL_DATA=data/servers.json
SECRET_TOOL_LOG=$work/secret-tool.log
PASS_LOG=$work/pass.log
PATH=$top/tests/export:$PATH
export OVHMAIL_DATA SECRET_TOOL_LOG PASS_LOG PATH
trap 'sh tests/export/dovecot.sh stop "$work/dovecot"
    [ -f "$work/rt/servers.sh" ] && sh "$work/rt/servers.sh" stop "$work/rt/servers"
    [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT


# expect_status NAME WANTED COMMAND...
expect_status() {
	name=$1
	wanted=$2
	shift 2
	"$@" >"$work/out" 2>"$work/err"
	expect "$name (status)" "$?" "$wanted"
}

xpath() {
	xmllint --xpath "string($2)" "$1" 2>&1
}

nasty='"a<b&c d"@example.com'
quote="o'brien@example.ie"

# --- autoconfig: well-formed, and each field where Thunderbird looks.
./ovhmail export autoconfig --email "$nasty" >"$work/autoconfig.xml"
expect "autoconfig: well-formed" "$(xmllint --noout "$work/autoconfig.xml" 2>&1; echo $?)" 0
f=$work/autoconfig.xml
expect "autoconfig: provider id" "$(xpath "$f" '/clientConfig/emailProvider/@id')" example.com
expect "autoconfig: first imap host" "$(xpath "$f" '//incomingServer[@type="imap"][1]/hostname')" ssl0.ovh.net
expect "autoconfig: first imap port" "$(xpath "$f" '//incomingServer[@type="imap"][1]/port')" 993
expect "autoconfig: first imap socket" "$(xpath "$f" '//incomingServer[@type="imap"][1]/socketType')" SSL
expect "autoconfig: no unencrypted server" "$(xmllint --xpath 'count(//socketType[.="plain"])' "$f")" 0
expect "autoconfig: Thunderbird's reader" "$(sh tests/export/thunderbird-autoconfig.sh "$f")" accepted
expect "autoconfig: pop3 port" "$(xpath "$f" '//incomingServer[@type="pop3"][1]/port')" 995
expect "autoconfig: smtp port" "$(xpath "$f" '//outgoingServer[@type="smtp"][1]/port')" 465
expect "autoconfig: smtp starttls" "$(xpath "$f" '//outgoingServer[@type="smtp"][2]/socketType')" STARTTLS
expect "autoconfig: authentication" "$(xpath "$f" '//outgoingServer[1]/authentication')" password-cleartext
expect "autoconfig: username escaped" "$(xpath "$f" '//incomingServer[1]/username')" "$nasty"
./ovhmail export autoconfig --domain example.nl >"$f"
expect "autoconfig: placeholder username" "$(xpath "$f" '//incomingServer[1]/username')" '%EMAILADDRESS%'
expect "autoconfig: placeholder, Thunderbird's reader" "$(sh tests/export/thunderbird-autoconfig.sh "$f")" accepted
./ovhmail export autoconfig --domain example.nl --allow-plaintext >"$f"
expect "autoconfig --allow-plaintext: imap 143" "$(xpath "$f" '//incomingServer[@type="imap"][2]/port'):$(xpath "$f" '//incomingServer[@type="imap"][2]/socketType')" 143:plain
expect "autoconfig --allow-plaintext: the cost said" "$(grep -c 'WARNING: IMAP on port 143 is not encrypted' "$f")" 1
expect "autoconfig --allow-plaintext: Thunderbird's reader" "$(ALLOW_PLAIN=1 sh tests/export/thunderbird-autoconfig.sh "$f")" accepted
./ovhmail export autoconfig --domain example.nl --offer emailpro --server 7 >"$f"
expect "autoconfig: emailpro smtp" "$(xpath "$f" '//outgoingServer[1]/hostname'):$(xpath "$f" '//outgoingServer[1]/port'):$(xpath "$f" '//outgoingServer[1]/socketType')" pro7.mail.ovh.net:587:STARTTLS
./ovhmail export autoconfig --email 'jörg@bücher.de' >"$f"
expect "autoconfig: non-ASCII domain as its A-label" "$(xpath "$f" '//emailProvider/domain')" xn--bcher-kva.de
expect "autoconfig: non-ASCII provider id" "$(xpath "$f" '//emailProvider/@id')" xn--bcher-kva.de
expect "autoconfig: non-ASCII username kept" "$(xpath "$f" '//incomingServer[1]/username')" 'jörg@bücher.de'
expect "autoconfig: non-ASCII, Thunderbird's reader" "$(sh tests/export/thunderbird-autoconfig.sh "$f")" accepted
./ovhmail export autoconfig --domain 'MÜNCHEN.de' >"$f"
expect "autoconfig: upper-case domain, Thunderbird's reader" "$(sh tests/export/thunderbird-autoconfig.sh "$f")" accepted

# --- autodiscover: well-formed, Outlook's namespaced elements.
./ovhmail export autodiscover --email "$nasty" >"$work/autodiscover.xml"
f=$work/autodiscover.xml
expect "autodiscover: well-formed" "$(xmllint --noout "$f" 2>&1; echo $?)" 0
p='//*[local-name()="Protocol"]'
t='*[local-name()="Type"]'
expect "autodiscover: imap" "$(xpath "$f" "$p[$t=\"IMAP\"][1]/*[local-name()=\"Server\"]"):$(xpath "$f" "$p[$t=\"IMAP\"][1]/*[local-name()=\"Port\"]"):$(xpath "$f" "$p[$t=\"IMAP\"][1]/*[local-name()=\"SSL\"]")" ssl0.ovh.net:993:on
expect "autodiscover: smtp" "$(xpath "$f" "$p[$t=\"SMTP\"][1]/*[local-name()=\"Port\"]"):$(xpath "$f" "$p[$t=\"SMTP\"][1]/*[local-name()=\"AuthRequired\"]")" 465:on
expect "autodiscover: starttls" "$(xpath "$f" "$p[$t=\"SMTP\"][2]/*[local-name()=\"Encryption\"]")" TLS
expect "autodiscover: login name" "$(xpath "$f" "$p[1]/*[local-name()=\"LoginName\"]")" "$nasty"
expect "autodiscover: no unencrypted server" "$(xmllint --xpath "count($p[*[local-name()=\"SSL\"]=\"off\"])" "$f")" 0
./ovhmail export autodiscover --email "$nasty" --allow-plaintext >"$f"
expect "autodiscover --allow-plaintext: imap 143" "$(xpath "$f" "$p[$t=\"IMAP\"][2]/*[local-name()=\"Port\"]"):$(xpath "$f" "$p[$t=\"IMAP\"][2]/*[local-name()=\"SSL\"]")" 143:off
expect "autodiscover --allow-plaintext: well-formed" "$(xmllint --noout "$f" 2>&1; echo $?)" 0

# --- mobileconfig: plistutil reads it, writes it back, values survive.
./ovhmail export mobileconfig --email "$nasty" >"$work/profile.mobileconfig"
expect_status "mobileconfig: plistutil to binary" 0 \
    plistutil -i "$work/profile.mobileconfig" -o "$work/profile.bin"
expect_status "mobileconfig: plistutil back to XML" 0 \
    plistutil -i "$work/profile.bin" -o "$work/back.xml"
f=$work/back.xml
k() {
	xpath "$f" "/plist/dict/array/dict/key[.=\"$1\"]/following-sibling::*[1]"
}
expect "mobileconfig: payload type" "$(k PayloadType)" com.apple.mail.managed
expect "mobileconfig: imap host" "$(k IncomingMailServerHostName)" ssl0.ovh.net
expect "mobileconfig: imap port" "$(k IncomingMailServerPortNumber)" 993
expect "mobileconfig: imap ssl" "$(xmllint --xpath 'name(/plist/dict/array/dict/key[.="IncomingMailServerUseSSL"]/following-sibling::*[1])' "$f")" true
expect "mobileconfig: smtp port" "$(k OutgoingMailServerPortNumber)" 465
expect "mobileconfig: address" "$(k EmailAddress)" "$nasty"
./ovhmail export mobileconfig --email "$nasty" >"$work/again.mobileconfig"
expect "mobileconfig: reproducible" "$(cmp "$work/profile.mobileconfig" "$work/again.mobileconfig" && echo same)" same
./ovhmail export mobileconfig --email "$quote" >"$work/other.mobileconfig"
expect "mobileconfig: UUID follows the inputs" "$(cmp -s "$work/profile.mobileconfig" "$work/other.mobileconfig" || echo differ)" differ

# --- msmtp: msmtp --pretend prints the account as it read it.
./ovhmail export msmtp --email "$quote" -o "$work/msmtprc"
msmtp --pretend -C "$work/msmtprc" someone@example.org >"$work/msmtp.out" 2>&1
expect "msmtp: accepted" "$?" 0
m() {
	sed -n "s/^$1 = //p" "$work/msmtp.out"
}
expect "msmtp: host" "$(m host)" ssl0.ovh.net
expect "msmtp: port" "$(m port)" 465
expect "msmtp: tls" "$(m tls):$(m tls_starttls)" on:off
expect "msmtp: auth" "$(m auth)" "choose"
expect "msmtp: user" "$(m user)" "$quote"
expect "msmtp: password command" "$(m passwordeval)" "secret-tool lookup ovhmail 'o'\\''brien@example.ie'"
expect "msmtp: no password in the file" "$(grep -c '^password ' "$work/msmtprc")" 0
./ovhmail export msmtp --no-ssl --email "$nasty" -o "$work/msmtprc"
msmtp --pretend -C "$work/msmtprc" someone@example.org >"$work/msmtp.out" 2>&1
expect "msmtp: starttls" "$(m port):$(m tls):$(m tls_starttls)" 587:on:on
expect "msmtp: quoted user" "$(m user)" "$nasty"
# msmtp runs passwordeval before it connects, --pretend too.
./ovhmail export msmtp --email "$quote" --password-command 'pass show mail/{email}' -o "$work/msmtprc"
: >"$PASS_LOG"
msmtp --pretend -C "$work/msmtprc" someone@example.org >"$work/msmtp.out" 2>&1
expect "msmtp --password-command: accepted" "$?" 0
expect "msmtp --password-command: the password read" "$(m password)" '*'
expect "msmtp --password-command: the stub's arguments" "$(cat "$PASS_LOG")" "show mail/$quote"

# --- mbsync: it reads the file, then connects where the file says.
./ovhmail export mbsync --email "$quote" -o "$work/mbsyncrc"
HOME=$work mbsync -c "$work/mbsyncrc" no-such-channel >"$work/mbsync.out" 2>&1
expect "mbsync: accepted" "$(head -n 1 "$work/mbsync.out")" "No channel or group named 'no-such-channel' defined."
./ovhmail --data tests/data/loopback.json export mbsync --email "$quote" \
    -o "$work/mbsyncrc"
HOME=$work mbsync -V -c "$work/mbsyncrc" ovhcloud >"$work/mbsync.out" 2>&1
expect "mbsync: host and port" "$(grep -o 'Connecting to 127.0.0.1 (127.0.0.1:1)' "$work/mbsync.out")" "Connecting to 127.0.0.1 (127.0.0.1:1)"
expect_status "mbsync --no-ssl: refused without --allow-plaintext" 64 \
    ./ovhmail export mbsync --no-ssl --email "$quote"

# --- mbsync --allow-plaintext logs in to Dovecot on 127.0.0.1:13043, with
# no SASL plugins (SASL_PATH empty), as on a Debian installed without
# recommends: mbsync's "*" leaves LOGIN out without TLS, so the file must
# name it.
account=jan@example.nl
chmod 755 "$work"	# Dovecot reads its files as its own users
# Port 13043 (moved by $OVHMAIL_TEST_PORT_OFFSET) is this suite's alone; a
# second run on the same one waits for the first.
imap_port=$(port 13043)
exec 8>"/tmp/ovhmail-export-$imap_port.lock"
flock 8
if sh tests/export/dovecot.sh start "$work/dovecot" "$account" \
    >"$work/dovecot.out" 2>&1; then
	mkdir -p "$work/Mail/ovhcloud" "$work/no-sasl"
	jq --argjson port "$imap_port" '.offers[].servers[] |=
	    if .port == 13043 then .port = $port else . end' \
	    tests/data/plaintext.json >"$work/plaintext.json"
	./ovhmail --data "$work/plaintext.json" export mbsync --no-ssl \
	    --allow-plaintext --email "$account" -o "$work/mbsyncrc"
	expect "mbsync --allow-plaintext: the cost said" "$(grep -c "^# WARNING: IMAP on port $imap_port is not encrypted" "$work/mbsyncrc")" 1
	HOME=$work SASL_PATH=$work/no-sasl timeout 60 mbsync \
	    -c "$work/mbsyncrc" ovhcloud >"$work/mbsync.out" 2>&1
	expect "mbsync --allow-plaintext: syncs" "$?:$(head -n 1 "$work/mbsync.out")" "0:*** IMAP Warning *** Password is being sent in the clear"
	expect "mbsync --allow-plaintext: Dovecot saw the login" "$(grep -c "Login: user=<$account>" "$work/dovecot/dovecot.log")" 1
	expect "mbsync --allow-plaintext: the INBOX made" "$(test -d "$work/Mail/ovhcloud/INBOX/cur" && echo yes)" yes
else
	expect "mbsync --allow-plaintext: Dovecot starts" "$(cat "$work/dovecot.out")" ""
fi

# --- neomutt: -Q prints each setting as neomutt read it, and running the
# password command shows it gets the right address.
./ovhmail export neomutt --email "$quote" -o "$work/neomuttrc"
: >"$SECRET_TOOL_LOG"
n() {
	HOME=$work neomutt -n -F "$work/neomuttrc" -Q "$1" 2>&1
}
expect "neomutt: folder" "$(n folder)" 'set folder = "imaps://ssl0.ovh.net:993/"'
expect "neomutt: smtp" "$(n smtp_url)" 'set smtp_url = "smtps://ssl0.ovh.net:465/"'
expect "neomutt: user" "$(n imap_user)" "set imap_user = \"$quote\""
expect "neomutt: password from the command" "$(n imap_pass)" 'set imap_pass = "not-a-real-password"'
expect "neomutt: command's arguments" "$(head -n 1 "$SECRET_TOOL_LOG")" "lookup ovhmail $quote"
expect "neomutt: force TLS" "$(n ssl_force_tls)" 'set ssl_force_tls = yes'
./ovhmail export neomutt --offer emailpro --server 2 --email "$nasty" -o "$work/neomuttrc"
expect "neomutt: starttls" "$(n smtp_url):$(n ssl_starttls)" 'set smtp_url = "smtp://pro2.mail.ovh.net:587/":set ssl_starttls = yes'
expect "neomutt: quoted user" "$(n smtp_user)" 'set smtp_user = "\"a<b&c d\"@example.com"'
./ovhmail export neomutt --email "$nasty" --password-command 'pass show mail/{email}' -o "$work/neomuttrc"
: >"$PASS_LOG"
expect "neomutt --password-command: the password" "$(n smtp_pass)" 'set smtp_pass = "not-a-real-password"'
expect "neomutt --password-command: the stub's arguments" "$(head -n 1 "$PASS_LOG")" "show mail/$nasty"

# --- --account and --name: each file read back by its consumer, and two
# accounts side by side in one msmtprc and one mbsyncrc.
sender="Jörg O'Brien, Jr."
./ovhmail export msmtp --email "$quote" -o "$work/msmtprc"
./ovhmail export msmtp --email "$nasty" --account work --name "$sender" \
    -o "$work/msmtprc.work"
cat "$work/msmtprc" "$work/msmtprc.work" >"$work/msmtprc.both"
chmod 600 "$work/msmtprc.both"
msmtp --pretend -C "$work/msmtprc.both" -a work someone@example.org >"$work/msmtp.out" 2>&1
expect "msmtp --account: accepted beside the default one" "$?" 0
expect "msmtp --account: its user" "$(m user)" "$nasty"
expect "msmtp --account: its from, an address" "$(m from)" "$nasty"
expect "msmtp --name: said in a comment" "$(grep -c "^# msmtp's from is an address: the sender's name, $sender," "$work/msmtprc.work")" 1
msmtp --pretend -C "$work/msmtprc.both" someone@example.org >"$work/msmtp.out" 2>&1
expect "msmtp --account: the default is still the first" "$?:$(m user)" "0:$quote"
cat "$work/msmtprc" "$work/msmtprc" >"$work/msmtprc.both"
msmtp --pretend -C "$work/msmtprc.both" someone@example.org >"$work/msmtp.out" 2>&1
expect "msmtp: without --account, a second file collides" "$(grep -c 'account ovhcloud was already defined' "$work/msmtp.out")" 1
./ovhmail export mbsync --email "$quote" -o "$work/mbsyncrc"
./ovhmail --data tests/data/loopback.json export mbsync --email "$nasty" \
    --account work --name "$sender" -o "$work/mbsyncrc.work"
cat "$work/mbsyncrc" "$work/mbsyncrc.work" >"$work/mbsyncrc.both"
HOME=$work mbsync -c "$work/mbsyncrc.both" no-such-channel >"$work/mbsync.out" 2>&1
expect "mbsync --account: accepted beside the default one" "$(head -n 1 "$work/mbsync.out")" "No channel or group named 'no-such-channel' defined."
HOME=$work mbsync -V -c "$work/mbsyncrc.both" work >"$work/mbsync.out" 2>&1
expect "mbsync --account: its channel, its server" "$(grep -o 'Connecting to 127.0.0.1 (127.0.0.1:1)' "$work/mbsync.out")" "Connecting to 127.0.0.1 (127.0.0.1:1)"
expect "mbsync --account: its Maildir" "$(grep -c '^Path ~/Mail/work/$' "$work/mbsyncrc.work")" 1
./ovhmail export neomutt --email "$quote" --account work --name "$sender" -o "$work/neomuttrc"
# The value alone: later neomutts print realname as real_name.
nv() {
	n "$1" | sed 's/^set [a-z_]* = //'
}
expect "neomutt --name: realname" "$(nv realname)" "\"$sender\""
expect "neomutt --name: from" "$(n from)" "set from = \"$quote\""
./ovhmail export neomutt --email "$quote" --account work --name "$sender" --offline -o "$work/neomuttrc"
expect "neomutt --offline: folder, mbsync's Maildir" "$(n folder)" "set folder = \"$work/Mail/work\""
expect "neomutt --offline: spoolfile" "$(nv spoolfile)" "\"$work/Mail/work/INBOX\""
expect "neomutt --offline: sendmail" "$(n sendmail)" 'set sendmail = "msmtp -a work"'
expect "neomutt --offline: realname" "$(nv realname)" "\"$sender\""
expect "neomutt --offline: no password, no IMAP" "$(grep -c '_pass\|imap\|smtp_url' "$work/neomuttrc")" 0
./ovhmail export mobileconfig --email "$nasty" --name "$sender" >"$work/named.mobileconfig"
plistutil -i "$work/named.mobileconfig" -o "$work/named.bin" &&
    plistutil -i "$work/named.bin" -o "$work/named.xml"
f=$work/named.xml
expect "mobileconfig --name: EmailAccountName" "$(k EmailAccountName)" "$sender"
expect "mobileconfig: the description names the address" "$(k EmailAccountDescription)" "$nasty (OVHcloud MX Plan)"
expect_status "--offline with another format" 64 ./ovhmail export mbsync \
    --email "$quote" --offline
expect "--offline with another format: message" "$(head -n 1 "$work/err")" \
    "ovhmail: --offline: goes with export neomutt"

# --- aerc: it loads the account, runs the password command, and dials
# the IMAP server the file names (nothing listens there).  aerc's ini
# parser takes "#" and ";" for comments: the other addresses have them.
aerc_reads() {
	email=$1
	shift
	rm -rf "$work/config/aerc"
	mkdir -p "$work/config/aerc"
	./ovhmail --data tests/data/loopback.json export aerc --email "$email" \
	    "$@" -o "$work/config/aerc/accounts.conf"
	: >"$SECRET_TOOL_LOG"
	session=ovhmail-aerc-$$
	HOME=$work XDG_CONFIG_HOME=$work/config tmux -L "$session" \
	    new-session -d -x 160 -y 40 "aerc; sleep 60"
	tries=0
	while [ $tries -lt 300 ]; do
		tmux -L "$session" capture-pane -p >"$work/screen" 2>/dev/null
		grep -q 'connection refused' "$work/screen" && break
		sleep 0.1
		tries=$((tries + 1))
	done
	tmux -L "$session" kill-server 2>/dev/null
	expect "aerc: dials the IMAP server ($email)" "$(grep -o 'dial tcp 127.0.0.1:1: connect: connection refused' "$work/screen")" "dial tcp 127.0.0.1:1: connect: connection refused"
	expect "aerc: command's arguments ($email)" "$(head -n 1 "$SECRET_TOOL_LOG")" "lookup ovhmail $email"
	expect "aerc: no warning on the screen ($email)" "$(grep -c -i 'warning\|error' "$work/screen")" 0
}
if command -v tmux >/dev/null 2>&1; then
	aerc_reads "$quote"
	aerc_reads 'a#b@example.com'
	aerc_reads '"a;b`c"@example.com'
	aerc_reads "$quote" --account work --name "$sender"
	expect "aerc --account: the account's tab" "$(grep -q '^ *work' "$work/screen" && echo shown)" shown
	# aerc takes a from it cannot parse with a warning on the screen
	# (checked above); its own parser (Go's net/mail) reads this one.
	expect "aerc --name: from" "$(grep '^from = ' "$work/config/aerc/accounts.conf")" "from = \`\"$sender\" <$quote>\`"
else
	expect "aerc: tmux is installed" no yes
fi

# --- aerc: STARTTLS on 587 by the installed aerc's manual (aerc-smtp(5)).
./ovhmail export aerc --offer emailpro --server 3 --email "$quote" >"$work/aerc.conf"
expect "aerc: STARTTLS on 587" "$(sh tests/export/aerc-smtp-security.sh "$work/aerc.conf")" starttls
./ovhmail export aerc --email "$quote" >"$work/aerc.conf"
expect "aerc: SSL/TLS on 465" "$(sh tests/export/aerc-smtp-security.sh "$work/aerc.conf")" ssl
./ovhmail export aerc --email "$quote" --password-command 'pass show mail/{email}' >"$work/aerc.conf"
expect "aerc --password-command" "$(grep -c "^source-cred-cmd = pass show mail/'o'\\\\''brien@example.ie'\$" "$work/aerc.conf")" 1

# --- dns: named-checkzone loads the lines in a zone and dumps them.
zone() {
	printf '$TTL 3600\n@ IN SOA ns.%s. hostmaster.%s. 1 3600 600 86400 3600\n@ IN NS ns.%s.\nns IN A 192.0.2.1\n' "$1" "$1" "$1"
	cat "$2"
}
./ovhmail export dns --domain example.nl >"$work/dns.txt"
zone example.nl "$work/dns.txt" >"$work/zone"
named-checkzone -D -o "$work/canonical" example.nl "$work/zone" >"$work/checkzone.out" 2>&1
expect "dns: named-checkzone" "$?" 0
c() {
	awk -v t="$1" '$4 == t { $1 = $1; print }' "$work/canonical" | sort
}
expect "dns: MX" "$(c MX | awk '{ print $5, $6 }' | sort -n | tr '\n' ' ')" "1 mx0.mail.ovh.net. 5 mx1.mail.ovh.net. 50 mx2.mail.ovh.net. 100 mx3.mail.ovh.net. 200 mx4.mail.ovh.net. "
txt() {
	c TXT | awk -v n="$1" '$1 == n { $1 = $2 = $3 = $4 = ""; print substr($0, 5) }'
}
expect "dns: SPF" "$(txt example.nl.)" '"v=spf1 include:mx.ovh.com ~all"'
expect "dns: DMARC" "$(txt _dmarc.example.nl.)" '"v=DMARC1; p=none"'
expect "dns: no SRV without --legacy" "$(c SRV | wc -l)" 0
expect "dns: DKIM is a template, not a record" "$(c CNAME | wc -l)" 0
./ovhmail export dns --domain example.nl --legacy >"$work/dns.txt"
zone example.nl "$work/dns.txt" >"$work/zone"
named-checkzone -D -o "$work/canonical" example.nl "$work/zone" >"$work/checkzone.out" 2>&1
expect "dns: legacy zone" "$?" 0
expect "dns: legacy _imaps" "$(c SRV | grep '^_imaps' | awk '{ print $5, $6, $7, $8 }')" "0 0 993 ssl0.ovh.net."
expect "dns: legacy _submission" "$(c SRV | grep '^_submission\.' | awk '{ print $7, $8 }')" "465 ssl0.ovh.net."
expect "dns: legacy _autodiscover" "$(c SRV | grep '^_autodiscover' | awk '{ print $7, $8 }')" "443 mailconfig.ovh.net."
./ovhmail export dns --domain example.ca --region ca >"$work/dns.txt"
zone example.ca "$work/dns.txt" >"$work/zone"
named-checkzone -D -o "$work/canonical" example.ca "$work/zone" >"$work/checkzone.out" 2>&1
expect "dns: ca zone" "$?" 0
expect "dns: ca MX" "$(c MX | awk '{ print $5, $6 }' | sort -n | tr '\n' ' ')" "1 mx0.mail.ovh.ca. 5 mx1.mail.ovh.ca. 50 mx2.mail.ovh.ca. 100 mx3.mail.ovh.ca. 200 mx4.mail.ovh.ca. "
expect "dns: ca, one SPF record despite the conflict" "$(txt example.ca. | wc -l)" 1
./ovhmail export dns --domain example.org --offer exchange --server 12 >"$work/dns.txt"
zone example.org "$work/dns.txt" >"$work/zone"
named-checkzone -D -o "$work/canonical" example.org "$work/zone" >"$work/checkzone.out" 2>&1
expect "dns: exchange zone" "$?" 0
expect "dns: exchange autodiscover" "$(c SRV | grep '^_autodiscover' | awk '{ print $7, $8 }')" "443 ex12.mail.ovh.net."
./ovhmail export dns --domain example.ca --offer exchange --region ca >"$work/dns.txt"
zone example.ca "$work/dns.txt" >"$work/zone"
named-checkzone -D -o "$work/canonical" example.ca "$work/zone" >"$work/checkzone.out" 2>&1
expect "dns: exchange ca zone" "$?" 0
expect "dns: exchange ca autodiscover" "$(c SRV | grep '^_autodiscover' | awk '{ print $7, $8 }')" "443 ex.mail.ovh.ca."

./ovhmail export dns --domain 'bücher.de' >"$work/dns.txt"
zone xn--bcher-kva.de "$work/dns.txt" >"$work/zone"
named-checkzone -D -o "$work/canonical" xn--bcher-kva.de "$work/zone" >"$work/checkzone.out" 2>&1
expect "dns: internationalised domain" "$?" 0
expect "dns: its A-label" "$(c MX | awk '$5 == 1 { print $1 }')" "xn--bcher-kva.de."

# --- mobileconfig --sign: a CMS signed-data profile that openssl verifies
# against the test CA (through the --chain intermediate), whose content
# is exactly the unsigned export.
pki=$work/pki
mkdir "$pki"
(
	cd "$pki" || exit 1
	q() { "$@" >/dev/null 2>&1 || { echo "pki: $* failed" >&2; exit 1; }; }
	q openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem \
	    -days 30 -subj "/CN=ovhmail test CA" \
	    -addext "basicConstraints=critical,CA:TRUE" \
	    -addext "keyUsage=critical,keyCertSign,cRLSign"
	printf 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign\n' >inter.ext
	q openssl req -newkey rsa:2048 -nodes -keyout inter.key -out inter.csr \
	    -subj "/CN=ovhmail test intermediate"
	q openssl x509 -req -in inter.csr -CA ca.pem -CAkey ca.key \
	    -CAcreateserial -days 30 -extfile inter.ext -out inter.pem
	printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n' >signer.ext
	q openssl req -newkey rsa:2048 -nodes -keyout signer.key -out signer.csr \
	    -subj "/CN=ovhmail test signer"
	q openssl x509 -req -in signer.csr -CA inter.pem -CAkey inter.key \
	    -CAcreateserial -days 30 -extfile signer.ext -out signer.pem
	q openssl genpkey -algorithm RSA -out other.key
	q openssl pkey -in signer.key -aes256 -passout pass:secret -out locked.key
)
./ovhmail export mobileconfig --email "$nasty" >"$work/plain.mobileconfig"
s=$work/signed.mobileconfig
expect_status "mobileconfig --sign: status" 0 ./ovhmail export mobileconfig \
    --email "$nasty" --sign "$pki/signer.pem" --key "$pki/signer.key" \
    --chain "$pki/inter.pem" -o "$s"
expect "mobileconfig --sign: DER, not XML" "$(head -c 1 "$s" | od -An -tx1 | tr -d ' ')" 30
expect_status "mobileconfig --sign: openssl cms -verify" 0 openssl cms -verify \
    -inform DER -in "$s" -CAfile "$pki/ca.pem" -out "$work/content.plist"
expect "mobileconfig --sign: the content is the export" \
    "$(cmp "$work/content.plist" "$work/plain.mobileconfig" 2>&1; echo $?)" 0
plistutil -i "$work/content.plist" -o "$work/content.bin" &&
    plistutil -i "$work/content.bin" -o "$work/content.xml"
expect "mobileconfig --sign: plistutil reads the same profile" \
    "$(cmp "$work/content.xml" "$work/back.xml" 2>&1; echo $?)" 0
expect "mobileconfig --sign: two certificates inside" "$(openssl pkcs7 \
    -inform DER -in "$s" -print_certs 2>/dev/null | grep -c '^subject=')" 2
expect_status "mobileconfig --sign: to stdout" 0 sh -c './ovhmail export mobileconfig \
    --email "$1" --sign "$2/signer.pem" --key "$2/signer.key" --chain \
    "$2/inter.pem" | openssl cms -verify -inform DER -CAfile "$2/ca.pem" \
    -out /dev/null' sh "$nasty" "$pki"
expect_status "mobileconfig --sign: without the chain, not verified" 4 \
    openssl cms -verify -inform DER -CAfile "$pki/ca.pem" -out /dev/null -in \
    "$(./ovhmail export mobileconfig --email "$nasty" --sign "$pki/signer.pem" \
    --key "$pki/signer.key" -o "$work/nochain" && echo "$work/nochain")"
# A full chain as certbot writes it (the signer, then the intermediate,
# the intermediate again): the repeats are left out, and it verifies.
cat "$pki/signer.pem" "$pki/inter.pem" "$pki/inter.pem" >"$work/fullchain.pem"
expect_status "mobileconfig --sign: a fullchain.pem as the chain" 0 \
    ./ovhmail export mobileconfig --email "$nasty" --sign "$pki/signer.pem" \
    --key "$pki/signer.key" --chain "$work/fullchain.pem" -o "$work/full"
expect_status "mobileconfig --sign: the fullchain one verifies" 0 openssl \
    cms -verify -inform DER -in "$work/full" -CAfile "$pki/ca.pem" \
    -out /dev/null
expect "mobileconfig --sign: the fullchain one holds two certificates" \
    "$(openssl pkcs7 -inform DER -in "$work/full" -print_certs 2>/dev/null |
    grep -c '^subject=')" 2
# refused NAME STATUS MESSAGE ARGS...: export mobileconfig with ARGS fails
# with STATUS, says MESSAGE first, and writes no file.
refused() {
	name=$1
	wanted=$2
	message=$3
	shift 3
	expect_status "$sender" "$wanted" ./ovhmail export mobileconfig \
	    -o "$work/w" "$@"
	expect "$name: message" "$(head -n 1 "$work/err")" "ovhmail: $message"
	expect "$name: no file" "$(test -e "$work/w"; echo $?)" 1
}
refused "mobileconfig --sign: wrong key" 65 \
    "$pki/other.key: the key does not match the certificate $pki/signer.pem" \
    --sign "$pki/signer.pem" --key "$pki/other.key"
refused "mobileconfig --sign: missing certificate" 66 \
    "$work/none.pem: No such file or directory" \
    --sign "$work/none.pem" --key "$pki/signer.key"
refused "mobileconfig --sign: not a certificate" 65 \
    "$pki/signer.key: not a PEM certificate" \
    --sign "$pki/signer.key" --key "$pki/signer.key"
refused "mobileconfig --sign: bad chain" 65 \
    "$pki/signer.key: no PEM certificate in the chain file" \
    --sign "$pki/signer.pem" --key "$pki/signer.key" --chain "$pki/signer.key"
refused "mobileconfig --sign: encrypted key" 65 \
    "$pki/locked.key: the key is encrypted, and ovhmail asks no passphrase: decrypt a copy (openssl pkey -in KEY -out FILE) and keep it private" \
    --sign "$pki/signer.pem" --key "$pki/locked.key"
refused "mobileconfig --sign without --key" 64 \
    "--sign: needs --key KEY, the certificate's private key" \
    --sign "$pki/signer.pem"
refused "--key without --sign" 64 "--key: goes with --sign" \
    --key "$pki/signer.key"
expect_status "--sign with another format" 64 ./ovhmail export autoconfig \
    --domain example.nl --sign "$pki/signer.pem" --key "$pki/signer.key"
expect "--sign with another format: message" "$(head -1 "$work/err")" \
    "ovhmail: --sign: goes with export mobileconfig"
expect_status "--sign to a terminal" 64 script -qec "./ovhmail export \
    mobileconfig --sign $pki/signer.pem --key $pki/signer.key" /dev/null
expect "--sign to a terminal: message" "$(grep -c 'ovhmail: --sign: writes binary DER' "$work/out")" 1

# --- msmtp, mbsync and neomutt --offline together, as mutt-wizard wires
# them: mbsync fetches from Dovecot into ~/Mail/ACCOUNT/, neomutt shows
# the message there, and what neomutt sends goes through msmtp -a ACCOUNT
# to Postfix.  The servers, certificates and table are tests/check's
# (servers.sh, pki.sh, check.json), their ports moved as
# tests/check/run.sh moves them, behind its lock.  The exported files are
# used as written, but for the test CA: mbsync trusts it through OpenSSL's
# SSL_CERT_FILE, and msmtp (GnuTLS) through a "defaults" section put
# before the exported account.
rt=$work/rt
home=$rt/home
mkdir -p "$rt/servers" "$home"
for file in tests/check/servers.sh tests/data/check.json; do
	OFFSET=$OVHMAIL_TEST_PORT_OFFSET perl -pe \
	    's/\b(10\d\d\d)\b/$1 + $ENV{OFFSET}/ge' "$file" >"$rt/${file##*/}"
done
user=tester@ovhmail.test
sed -n "s/^TEST_PASSWORD='\(.*\)'\$/\1/p" tests/check/servers.sh >"$rt/password"
exec 9>"/tmp/ovhmail-loopback-$(port 10100).lock"
flock 9
if [ "$(id -u)" -ne 0 ]; then
	expect "round trip: root, to start Postfix" "$(id -u)" 0
elif ! sh tests/check/pki.sh "$rt/servers" >"$rt/pki.out" 2>&1 ||
    ! sh "$rt/servers.sh" start "$rt/servers" >"$rt/servers.out" 2>&1; then
	expect "round trip: the servers start" "$(cat "$rt/pki.out" "$rt/servers.out")" ""
else
	for format in mbsync msmtp 'neomutt --offline'; do
		# shellcheck disable=SC2086 # the format's word and option
		./ovhmail --data "$rt/check.json" export $format \
		    --email "$user" --account rt --name "$sender" \
		    --password-command "cat $rt/password" \
		    -o "$rt/${format%% *}" 2>&1
	done >"$rt/export.out"
	expect "round trip: exported" "$(cat "$rt/export.out")" ""
	{ printf 'defaults\ntls_trust_file %s\n\n' "$rt/servers/ca.pem"
	  cat "$rt/msmtp"; } >"$home/.msmtprc"
	chmod 600 "$home/.msmtprc"
	# mbsync makes the folders, but not the Maildir's top: see the manual.
	mkdir -p "$home/Mail/rt"
	# Postfix keeps what it would relay (it has no DNS here): a sink.
	postconf -c "$rt/servers/postfix" -e defer_transports=smtp &&
	    postfix -c "$rt/servers/postfix" reload >/dev/null 2>&1
	printf 'From: someone@example.org\nTo: %s\nSubject: ovhmail round trip in\nMessage-ID: <in@ovhmail.test>\n\nHello from Dovecot.\n' \
	    "$user" | doveadm -c "$rt/servers/dovecot/dovecot.conf" save \
	    -u "$user" 2>"$rt/save.err"
	expect "round trip: the message in Dovecot" "$?:$(cat "$rt/save.err")" 0:
	HOME=$home SSL_CERT_FILE=$rt/servers/ca.pem timeout 60 mbsync \
	    -c "$rt/mbsync" rt >"$rt/mbsync.out" 2>&1
	expect "round trip: mbsync rt" "$?" 0
	expect "round trip: into ~/Mail/rt/INBOX" "$(grep -l '^Subject: ovhmail round trip in' "$home"/Mail/rt/INBOX/*/* 2>/dev/null | wc -l)" 1
	session=ovhmail-neomutt-$$
	HOME=$home TERM=xterm tmux -L "$session" new-session -d -x 160 \
	    -y 40 "neomutt -n -F '$rt/neomutt'; sleep 60"
	tries=0
	while [ $tries -lt 300 ]; do
		tmux -L "$session" capture-pane -p >"$rt/screen" 2>/dev/null
		grep -q 'ovhmail round trip in' "$rt/screen" && break
		sleep 0.1
		tries=$((tries + 1))
	done
	tmux -L "$session" kill-server 2>/dev/null
	expect "round trip: neomutt's index shows it" "$(grep -c 'ovhmail round trip in' "$rt/screen")" 1
	echo "Hello from neomutt." | HOME=$home timeout 60 neomutt -n \
	    -F "$rt/neomutt" -s 'ovhmail round trip out' someone@example.org \
	    >"$rt/neomutt.out" 2>&1
	expect "round trip: neomutt sends" "$?:$(cat "$rt/neomutt.out")" 0:
	log=$rt/servers/postfix/postfix.log
	tries=0
	until grep -q 'from=<tester@ovhmail.test>' "$log" 2>/dev/null ||
	    [ $tries -ge 100 ]; do
		sleep 0.1
		tries=$((tries + 1))
	done
	expect "round trip: msmtp logged in to Postfix" "$(grep -c "sasl_username=$user" "$log")" 1
	id=$(sed -n "s/.*postfix[^ ]*\/smtpd\[[0-9]*\]: \([0-9A-F]*\): client=.*sasl_username=$user.*/\1/p" "$log")
	postcat -c "$rt/servers/postfix" -q "$id" >"$rt/queued" 2>&1
	expect "round trip: Postfix has it, from the account" "$(grep -c '^sender: tester@ovhmail.test$' "$rt/queued")" 1
	expect "round trip: its subject" "$(grep -c '^Subject: ovhmail round trip out$' "$rt/queued")" 1
	expect "round trip: its From, with the name" "$(grep '^From: ' "$rt/queued" |
	    perl -CO -MEncode -ne 'print decode("MIME-Header", $_)')" "From: $sender <$user>"
	expect "round trip: neomutt's copy in ~/Mail/rt/Sent" "$(grep -l '^Subject: ovhmail round trip out' "$home"/Mail/rt/Sent/*/* 2>/dev/null | wc -l)" 1
fi

# --- -o: a complete file or none; private files are 0600.
./ovhmail export autoconfig --domain example.nl -o "$work/public.xml"
expect "-o: public mode" "$(umask 022; stat -c %a "$work/public.xml")" 644
expect "-o: private mode" "$(stat -c %a "$work/msmtprc")" 600
echo "old" >"$work/keep"
expect_status "-o: bad address" 64 ./ovhmail export msmtp --email nope -o "$work/keep"
expect "-o: old file kept" "$(cat "$work/keep")" old
expect_status "-o: missing directory" 73 ./ovhmail export dns --domain example.nl -o "$work/none/zone"
expect "-o: message" "$(cat "$work/err")" "ovhmail: $work/none/zone: No such file or directory"
mkdir "$work/directory"
expect_status "-o: onto a directory" 73 ./ovhmail export dns --domain example.nl -o "$work/directory"
expect "-o: no temporary file left" "$(ls "$work" | grep -c '^directory\.')" 0
expect_status "-o: stdout empty" 0 test ! -s "$work/out"

summary export
