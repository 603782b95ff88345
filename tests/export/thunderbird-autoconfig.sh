#!/bin/sh
# Reads an autoconfig file (config-v1.1.xml) as Thunderbird does and says
# "accepted", or why Thunderbird would refuse the whole file.  The rules
# are those of comm-central's mail/components/accountcreation/modules/
# readFromXML.sys.mjs and Sanitizer.sys.mjs, and mailnews/base/src/
# hostnameUtils.sys.mjs:
#  - emailProvider's id goes through Sanitizer.hostname(): trimmed, then a
#    %PLACEHOLDER% pattern, an IPv4 address or an RFC 1123 host name of
#    ASCII letters, digits and '-' (no IDN: "Currently does not support
#    IDN"), at most 255 characters; anything else throws;
#  - each <domain> likewise, and at least one must pass;
#  - each server: type among pop3, imap, nntp, exchange (smtp outgoing),
#    hostname as above, port an integer from 1 to 65535, the first
#    socketType among plain, SSL, STARTTLS, an authentication Thunderbird
#    knows; at least one incoming and one outgoing server must pass.
# And one rule from beyond Thunderbird: "plain" is refused unless
# ALLOW_PLAIN=1, as the IETF autoconfig draft deprecates it and
# Thunderbird for Android drops the whole file for it.
# usage: thunderbird-autoconfig.sh FILE
set -u
file=$1
LC_ALL=C
export LC_ALL

value() {
	xmllint --xpath "string($1)" "$file" 2>/dev/null
}

count() {
	xmllint --xpath "count($1)" "$file" 2>/dev/null
}

refuse() {
	echo "refused: $*"
	exit 1
}

trim() {
	printf '%s' "$1" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//'
}

# Sanitizer.hostname()
is_hostname() {
	h=$(trim "$1")
	[ -n "$h" ] || return 1
	printf '%s' "$h" | grep -Eq '^[a-zA-Z0-9.-]*(%[A-Z0-9]+%[a-zA-Z0-9.-]*)+$' &&
	    return 0
	printf '%s' "$h" | grep -Eq '^(0|[1-9][0-9]{0,2})(\.(0|[1-9][0-9]{0,2})){3}$' &&
	    return 0
	[ "${#h}" -le 255 ] || return 1
	printf '%s' "$h" | grep -Eiq '^(([a-z0-9]|[a-z0-9][a-z0-9-]{0,61}[a-z0-9])\.)*([a-z0-9]|[a-z0-9][a-z0-9-]{0,61}[a-z0-9])\.?$'
}

# Sanitizer.integerRange(port, 1, 65535), parseInt() style.
is_port() {
	p=$(trim "$1" | sed -n 's/^\([0-9][0-9]*\).*/\1/p')
	[ -n "$p" ] && [ "${#p}" -le 5 ] && [ "$p" -ge 1 ] && [ "$p" -le 65535 ]
}

# server XPATH KIND: the reasons one server entry is refused, or nothing.
server() {
	type=$(value "$1/@type")
	case $2:$type in
	incoming:pop3 | incoming:imap | incoming:nntp | incoming:exchange) ;;
	outgoing:smtp) ;;
	*) echo "type '$type'"; return ;;
	esac
	is_hostname "$(value "$1/hostname")" ||
	    { echo "hostname '$(value "$1/hostname")'"; return; }
	is_port "$(value "$1/port")" || { echo "port '$(value "$1/port")'"; return; }
	socket=""
	n=$(count "$1/socketType")
	i=1
	while [ "$i" -le "$n" ]; do
		s=$(value "$1/socketType[$i]")
		case $s in
		plain | SSL | STARTTLS) socket=$s; break ;;
		esac
		i=$((i + 1))
	done
	[ -n "$socket" ] || { echo "no socketType Thunderbird knows"; return; }
	if [ "$socket" = plain ] && [ "${ALLOW_PLAIN:-0}" != 1 ]; then
		echo "socketType plain (deprecated; Thunderbird for Android drops the file)"
		return
	fi
	auth=""
	n=$(count "$1/authentication")
	i=1
	while [ "$i" -le "$n" ]; do
		a=$(value "$1/authentication[$i]")
		case $2:$a in
		*:password-cleartext | *:plain | *:password-encrypted | *:secure | \
		    *:GSSAPI | *:NTLM | outgoing:none | outgoing:client-IP-address | \
		    outgoing:smtp-after-pop) auth=$a; break ;;
		esac
		i=$((i + 1))
	done
	[ -n "$auth" ] || echo "no authentication Thunderbird knows"
}

# servers KIND ELEMENT: refuses the file when no server of the kind passes.
servers() {
	n=$(count "/clientConfig/emailProvider/$2")
	good=0
	i=1
	while [ "$i" -le "$n" ]; do
		why=$(server "/clientConfig/emailProvider/$2[$i]" "$1")
		if [ -z "$why" ]; then
			good=$((good + 1))
		elif [ "$why" != "${why#socketType plain}" ]; then
			# Thunderbird for Android: one bad socketType, no file.
			refuse "$2 $i: $why"
		fi
		i=$((i + 1))
	done
	[ "$good" -gt 0 ] || refuse "no proper $2 ($why)"
}

xmllint --noout "$file" 2>/dev/null || refuse "not well-formed XML"
[ "$(count /clientConfig/emailProvider)" -ge 1 ] || refuse "no emailProvider"
id=$(value /clientConfig/emailProvider/@id)
is_hostname "$id" || refuse "emailProvider id '$id' is not a host name"
n=$(count /clientConfig/emailProvider/domain)
good=0
i=1
while [ "$i" -le "$n" ]; do
	d=$(value "/clientConfig/emailProvider/domain[$i]")
	is_hostname "$d" && good=$((good + 1))
	i=$((i + 1))
done
[ "$good" -gt 0 ] || refuse "no domain is a host name"
servers incoming incomingServer
servers outgoing outgoingServer
echo accepted
