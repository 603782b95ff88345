#!/bin/sh
# Two Postfix instances on 127.0.0.1 that make real bounces: A (port
# 11025) takes mail and relays all of it to B (port 11026), but for
# deferred.test, which it sends to port 11027 where no one listens (a
# real deferral, connection refused); B refuses
# unknown recipients, relaying to other domains and messages over 20000
# bytes, and cannot deliver to a mailbox that is full.  A's bounces and
# B's go to sender@b.test, whose Maildir is DIR/b/mail/b.test/sender.
# usage: postfix.sh start|stop DIR
set -eu
action=$1
dir=$2

master_cf() {
	echo "127.0.0.1:$1 inet n - n - - smtpd"
	cat "$(dirname "$0")/../postfix-services.cf"
}

main_cf() {
	cat <<CONF
compatibility_level = 3.6
queue_directory = $dir/$1/spool
data_directory = $dir/$1/data
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = $1.test
mydomain = $1.test
myorigin = $1.test
mydestination =
mynetworks = 127.0.0.0/8
maillog_file = $dir/$1/postfix.log
maillog_file_prefixes = $dir
smtp_tls_security_level = none
smtpd_tls_security_level = none
bounce_size_limit = 2000
CONF
}

start_a() {
	mkdir -p "$dir/a/spool" "$dir/a/data"
	chown postfix "$dir/a/data"
	{
		main_cf a
		echo "relayhost = [127.0.0.1]:$((11026 + ${OVHMAIL_TEST_PORT_OFFSET:-0}))"
		# HELO: B, not A, must refuse the large message.
		echo "smtp_never_send_ehlo = yes"
		echo "smtpd_relay_restrictions = permit_mynetworks, reject"
		# deferred.test: a port nobody listens on, a real deferral.
		echo "transport_maps = inline:{ deferred.test=smtp:[127.0.0.1]:$((11027 + ${OVHMAIL_TEST_PORT_OFFSET:-0})) }"
	} >"$dir/a/main.cf"
	master_cf $((11025 + ${OVHMAIL_TEST_PORT_OFFSET:-0})) >"$dir/a/master.cf"
	postfix -c "$dir/a" start >"$dir/a/start.log" 2>&1
}

start_b() {
	mkdir -p "$dir/b/spool" "$dir/b/data" "$dir/b/mail/b.test"
	chown postfix "$dir/b/data"
	{
		main_cf b
		echo "smtpd_relay_restrictions = reject_unauth_destination"
		echo "virtual_mailbox_domains = b.test"
		echo "virtual_mailbox_maps = texthash:$dir/b/mailboxes"
		echo "virtual_mailbox_base = $dir/b/mail"
		echo "virtual_uid_maps = static:65534"
		echo "virtual_gid_maps = static:65534"
		echo "virtual_mailbox_limit = 20000"
		echo "message_size_limit = 20000"
	} >"$dir/b/main.cf"
	master_cf $((11026 + ${OVHMAIL_TEST_PORT_OFFSET:-0})) >"$dir/b/master.cf"
	cat >"$dir/b/mailboxes" <<MAP
sender@b.test b.test/sender/
big@b.test b.test/big/
full@b.test b.test/full
MAP
	# An mbox over virtual_mailbox_limit: the next delivery fails.
	head -c 25000 /dev/zero | tr '\0' x >"$dir/b/mail/b.test/full"
	chown -R 65534:65534 "$dir/b/mail"
	postfix -c "$dir/b" start >"$dir/b/start.log" 2>&1
}

case $action in
start)
	chmod 755 "$dir"
	start_b && start_a || {
		cat "$dir"/*/start.log "$dir"/*/postfix.log >&2 2>/dev/null
		exit 1
	}
	;;
stop)
	for i in a b; do
		[ -f "$dir/$i/main.cf" ] &&
		    postfix -c "$dir/$i" stop >/dev/null 2>&1 || true
	done
	;;
*)
	echo "usage: postfix.sh start|stop DIR" >&2
	exit 2
	;;
esac
