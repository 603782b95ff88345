#!/bin/sh
# ovhmail audit: every file export writes audits clean, for every offer
# and region of the table (the round trip); hand-made mistakes in each
# format give their finding; a stored password is reported and never
# printed; what audit cannot read is refused with a clear message.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
. tests/lib.sh
scratch
OVHMAIL_DATA=data/servers.json
export OVHMAIL_DATA

formats="autoconfig autodiscover mobileconfig msmtp mbsync neomutt aerc"
address=jan@example.nl

# audit_json FILE...: the JSON report in $work/json, the status in $status.
audit_json() {
	ovhmail audit --format json "$@" >"$work/json" 2>"$work/err"
	status=$?
}

# finding FIELD: "line protocol found expected" of each finding of FIELD.
finding() {
	jq -r --arg f "$1" '.files[].accounts[].findings[] | select(.field == $f)
	    | "\(.line) \(.protocol) \(.found) \(.expected)"' "$work/json"
}

# --- The round trip: each export of each offer and region audits clean.
for offer in $(ovhmail values offer); do
	regions=$(ovhmail values region --offer "$offer")
	for region in ${regions:-none}; do
		where="--offer $offer"
		[ "$region" = none ] || where="$where --region $region"
		# shellcheck disable=SC2086 # words on purpose
		ovhmail list $where >/dev/null 2>&1 || where="$where --server 7"
		for format in $formats; do
			# shellcheck disable=SC2086 # words on purpose
			ovhmail export "$format" $where --email "$address" \
			    -o "$work/$format.out" 2>"$work/err" || {
				expect "round trip: export $format $where" \
				    "$(cat "$work/err")" ""
				continue
			}
			# --offer picks between offers that share their hosts
			# (MX Plan and Zimbra).
			# shellcheck disable=SC2086 # words on purpose
			audit_json $where "$work/$format.out"
			expect "round trip: $format $where" \
			    "$status:$(jq -r '"\(.right) \(.findings) \(.ok)"' "$work/json")" \
			    "0:1 0 true"
			expect "round trip: $format $where, the offer found" \
			    "$(jq -r '.files[0].accounts[0].offer' "$work/json")" \
			    "$offer"
		done
	done
done

# --- Mistakes, one a file, each in every client format that can say it.
export_file() {
	ovhmail export "$1" --email "$address" -o "$work/$1.out"
}

# mistake FORMAT SED FIELD WANTED: the export of FORMAT edited with SED
# gives one finding of FIELD, "line protocol found expected" WANTED.
mistake() {
	export_file "$1"
	sed "$2" "$work/$1.out" >"$work/$1.wrong"
	audit_json "$work/$1.wrong"
	expect "mistake: $1 $3 (status)" "$status" 1
	expect "mistake: $1 $3" "$(finding "$3")" "$4"
}

mistake msmtp 's/^port 465/port 25/' port "8 smtp 25 465 with ssl"
mistake msmtp 's/^tls_starttls off/tls_starttls on/' security "10 smtp starttls ssl"
mistake msmtp 's/^host .*/host ssl0.ovh.com/' host "7 smtp ssl0.ovh.com ssl0.ovh.net"
mistake msmtp 's/^user .*/user jan/' username "12 smtp jan jan@example.nl"
mistake msmtp 's/^auth on/auth off/' authentication "11 smtp none password-cleartext"
mistake mbsync 's/^Port 993/Port 143/' port "8 imap 143 993 with ssl"
mistake mbsync 's/^SSLType IMAPS/SSLType STARTTLS/' security "11 imap starttls ssl"
mistake mbsync 's/^Host .*/Host imap.ovh.net/' host "7 imap imap.ovh.net ssl0.ovh.net"
mistake mbsync 's/^User .*/User "jan"/' username "9 imap jan the full e-mail address"
mistake neomutt 's|imaps://ssl0.ovh.net:993|imaps://ssl0.ovh.net:995|' port "9 imap 995 993 with ssl"
mistake neomutt 's|smtps://ssl0.ovh.net:465|smtp://ssl0.ovh.net:465|' security "16 smtp none ssl"
mistake aerc 's|smtps://\(.*\):465|smtp://\1:465|' security "9 smtp starttls ssl"
mistake aerc 's|imaps://jan%40example.nl@ssl0|imaps://jan@ssl0|' username "7 imap jan jan@example.nl"
mistake autoconfig '0,/<port>993/s/<port>993/<port>994/' port "10 imap 994 993 with ssl"
mistake autoconfig '0,/<hostname>ssl0.ovh.net/s//<hostname>mail.ovh.net/' host "9 imap mail.ovh.net ssl0.ovh.net"
mistake autoconfig 's|<socketType>SSL</socketType>|<socketType>STARTTLS</socketType>|' security "$(printf '11 imap starttls ssl\n18 pop3 starttls ssl\n25 smtp starttls ssl')"
mistake autodiscover '0,/<Encryption>SSL/s//<Encryption>None/' security "15 imap none ssl"
mistake mobileconfig '0,/<integer>993/s//<integer>143/' port "18 imap 143 993 with ssl"
mistake mobileconfig 's|<string>jan@example.nl</string>|<string>jan</string>|' username "$(printf '24 imap jan the full e-mail address\n34 smtp jan the full e-mail address')"

# aerc 0.14 sends unencrypted on smtp:// without smtp-starttls = yes.
ovhmail export aerc --offer emailpro --server 2 --email "$address" -o "$work/aerc.out"
sed '/^smtp-starttls/d' "$work/aerc.out" >"$work/aerc.wrong"
audit_json "$work/aerc.wrong"
expect "mistake: aerc without smtp-starttls" "$(finding security)" "9 smtp starttls starttls"
expect "mistake: aerc without smtp-starttls, why" "$(jq -r '.files[0].accounts[0].findings[] | select(.field == "security") | .note' "$work/json")" "aerc 0.14 sends unencrypted without smtp-starttls = yes"

# --- Hand-written files: several accounts, a stored password in each.
audit_json tests/audit/msmtprc
expect "msmtprc: status" "$status" 1
expect "msmtprc: accounts" "$(jq -r '[.files[0].accounts[] | "\(.name):\(.status)"] | join(" ")' "$work/json")" "ovh:findings work:skipped"
expect "msmtprc: starttls on 465" "$(finding security)" "5 smtp starttls ssl"
expect "msmtprc: the password" "$(finding password)" "12 null password passwordeval"
expect "msmtprc: the other account skipped" "$(jq -r '.files[0].accounts[1] | "\(.skipped_because): \(.skipped_host)"' "$work/json")" "not an OVHcloud server: smtp.example.org"
audit_json tests/audit/prefs.js
expect "prefs.js: format" "$(jq -r '.files[0].format' "$work/json")" prefs.js
expect "prefs.js: accounts" "$(jq -r '[.files[0].accounts[] | "\(.name):\(.status)"] | join(" ")' "$work/json")" "server1:findings server3:skipped smtp1:findings"
expect "prefs.js: STARTTLS on 143" "$(finding port)" "6 imap 143 993 with ssl"
expect "prefs.js: SMTP without authentication" "$(finding authentication)" "21 smtp none password-cleartext"
expect "prefs.js: the password" "$(finding password)" "10 null password Thunderbird's password manager with a primary password"
audit_json tests/audit/neomuttrc
expect "neomuttrc: the passwords" "$(finding password)" "$(printf '4 null imap_pass imap_pass and smtp_pass in backticks\n6 null smtp_url imap_pass and smtp_pass in backticks')"
expect "neomuttrc: the address from \"Name <address>\"" "$(jq -r '.files[0].accounts[0].address' "$work/json")" 'Jan <jan@example.nl>'

# --- No password found in a file ever reaches the output.
for file in tests/audit/msmtprc tests/audit/prefs.js tests/audit/neomuttrc; do
	for format in text json; do
		ovhmail audit --format "$format" "$file" >"$work/out" 2>&1
		expect "secrets: $file, $format" "$(grep -c 'Secret-0451' "$work/out")" 0
	done
done
for format in msmtp mbsync aerc mobileconfig autoconfig; do
	export_file "$format"
	case $format in
	msmtp) sed 's/^passwordeval .*/password Exported-Secret-0451/' ;;
	mbsync) sed 's/^PassCmd .*/Pass "Exported-Secret-0451"/' ;;
	aerc) sed 's|imaps://jan%40example.nl@|imaps://jan%40example.nl:Exported-Secret-0451@|' ;;
	mobileconfig) sed 's|<key>EmailAddress</key>|<key>IncomingPassword</key><string>Exported-Secret-0451</string><key>EmailAddress</key>|' ;;
	autoconfig) sed '0,/<\/username>/s||</username><password>Exported-Secret-0451</password>|' ;;
	esac <"$work/$format.out" >"$work/$format.secret"
	audit_json "$work/$format.secret"
	expect "secrets: $format, found" "$status:$(finding password | wc -l)" 1:1
	ovhmail audit "$work/$format.secret" >"$work/out" 2>&1
	cat "$work/json" >>"$work/out"
	expect "secrets: $format, not printed" "$(grep -c 'Exported-Secret-0451' "$work/out")" 0
done

# --- Each format by its own syntax: a muttrc's "source FILE" is not
# aerc's "source = URL", which stands only in an [account] section.
printf 'source ~/.mutt/colors\nset folder="imaps://a@example.com@ssl0.ovh.net:143"\n' >"$work/muttrc"
audit_json "$work/muttrc"
expect "muttrc with source: neomuttrc" "$status:$(jq -r '.files[0].format' "$work/json")" "1:neomuttrc"
expect "muttrc with source: port 143 found" "$(finding port)" "2 imap 143 993 with ssl"
printf 'source = imaps://a@example.com@ssl0.ovh.net\n' >"$work/nosection"
audit_json "$work/nosection"
expect "aerc's source outside a section: not recognised" "$status:$(jq -r '.files[0].error' "$work/json")" "65:true"

# --- What audit refuses, and how.
printf 'bplist00\001\002' >"$work/binary.mobileconfig"
ovhmail audit "$work/binary.mobileconfig" >"$work/out" 2>"$work/err"
expect "binary plist: refused" "$?:$(cat "$work/err")" "65:ovhmail: $work/binary.mobileconfig: a binary property list: convert it to XML first (plistutil -i FILE -o FILE.xml)
ovhmail: audit: 1 file could not be read"
ovhmail audit "$work/none" >"$work/out" 2>"$work/err"
expect "missing file" "$?:$(head -n 1 "$work/err")" "66:ovhmail: $work/none: No such file or directory"
printf 'hello\n' >"$work/unknown"
ovhmail audit "$work/unknown" >"$work/out" 2>"$work/err"
expect "unknown format" "$?" 65
awk 'BEGIN { for (i = 0; i < 40; i++) printf "<a>"; }' >"$work/deep.xml"
sed -i '1s/^/<plist>/' "$work/deep.xml"
ovhmail audit "$work/deep.xml" >"$work/out" 2>"$work/err"
expect "XML nesting bounded" "$?:$(head -n 1 "$work/err")" "65:ovhmail: $work/deep.xml: more than 32 levels of XML elements"
awk 'BEGIN { for (i = 0; i < 20001; i++) print "host x"; }' >"$work/long"
ovhmail audit "$work/long" >"$work/out" 2>"$work/err"
expect "lines bounded" "$?:$(head -n 1 "$work/err")" "65:ovhmail: $work/long: more than 20000 lines"
export_file msmtp
audit_json "$work/msmtp.out" "$work/none"
expect "a missing file among good ones" "$status:$(jq -r '[.files[] | "\(.format):\(.error)"] | join(" ")' "$work/json")" "66:msmtp:false null:true"
printf 'host ssl0.ovh.net\nuser \033[31mred\033[0m\n' >"$work/escape"
ovhmail audit "$work/escape" >"$work/out" 2>&1
expect "no control character printed" "$(tr -d '\n' <"$work/out" | tr -dc '\000-\037' | wc -c)" 0

summary audit
