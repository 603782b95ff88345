#!/bin/sh
# Starts and stops the real mail servers the check tests talk to, all on
# 127.0.0.1 and unprivileged ports, with the test CA's certificate:
#	Dovecot: IMAP 10143 (STARTTLS), IMAPS 10993, POP3 10110 (STLS),
#	         POP3S 10995
#	Postfix: SMTPS 10465 (implicit TLS), submission 10587 (STARTTLS),
#	         both offering AUTH through Dovecot
# Both know one user, for the login tests: $TEST_USER with $TEST_PASSWORD
# (Dovecot's passwd-file; Postfix asks Dovecot).
# Each server writes its log in DIR; stop them with "servers.sh stop DIR".
# usage: servers.sh start|stop DIR	(DIR holds pki.sh's certificates)
set -eu
action=$1
dir=$2
TEST_USER=tester@ovhmail.test
TEST_PASSWORD='Corr3ct horse "b4ttery" \ staple'

start_dovecot() {
	mkdir -p "$dir/dovecot/run" "$dir/dovecot/home"
	chown nobody:nogroup "$dir/dovecot/home"
	printf '%s:{PLAIN}%s:%s:%s::%s::\n' "$TEST_USER" "$TEST_PASSWORD" \
	    "$(id -u nobody)" "$(id -g nobody)" "$dir/dovecot/home" \
	    >"$dir/dovecot/passwd"
	cat >"$dir/dovecot/dovecot.conf" <<CONF
base_dir = $dir/dovecot/run
state_dir = $dir/dovecot/run
instance_name = ovhmail-test
listen = 127.0.0.1
protocols = imap pop3
log_path = $dir/dovecot/dovecot.log
ssl = yes
ssl_cert = <$dir/server.pem
ssl_key = <$dir/server.key
disable_plaintext_auth = yes
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = $dir/dovecot/passwd
}
userdb {
  driver = passwd-file
  args = $dir/dovecot/passwd
}
service imap-login {
  chroot =
  inet_listener imap {
    port = 10143
  }
  inet_listener imaps {
    port = 10993
    ssl = yes
  }
}
service pop3-login {
  chroot =
  inet_listener pop3 {
    port = 10110
  }
  inet_listener pop3s {
    port = 10995
    ssl = yes
  }
}
service auth {
  unix_listener $dir/dovecot/auth-postfix {
    mode = 0666
  }
}
CONF
	dovecot -c "$dir/dovecot/dovecot.conf"
}

start_postfix() {
	pf=$dir/postfix
	mkdir -p "$pf/spool" "$pf/data"
	chown postfix "$pf/data"
	cat >"$pf/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $pf/spool
data_directory = $pf/data
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = smtp.ovhmail.test
mydestination =
maillog_file = $pf/postfix.log
maillog_file_prefixes = $pf
smtpd_tls_cert_file = $dir/server.pem
smtpd_tls_key_file = $dir/server.key
smtpd_sasl_type = dovecot
smtpd_sasl_path = $dir/dovecot/auth-postfix
smtpd_sasl_auth_enable = yes
smtpd_relay_restrictions = permit_sasl_authenticated, reject
CONF
	cat >"$pf/master.cf" <<CONF
127.0.0.1:10465 inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt
127.0.0.1:10587 inet n - n - - smtpd -o smtpd_tls_security_level=encrypt -o smtpd_tls_auth_only=yes
CONF
	# The services every test instance runs, shared with tests/explain.
	cat tests/postfix-services.cf >>"$pf/master.cf"	# run from the top
	# postfix(1) reports early failures only to syslog or a terminal.
	postfix -c "$pf" start >"$pf/start.log" 2>&1 || {
		cat "$pf/start.log" "$pf/postfix.log" >&2 2>/dev/null
		return 1
	}
}

stop_all() {
	[ -f "$dir/dovecot/dovecot.conf" ] &&
	    doveadm -c "$dir/dovecot/dovecot.conf" stop 2>/dev/null || true
	[ -f "$dir/postfix/main.cf" ] &&
	    postfix -c "$dir/postfix" stop 2>/dev/null || true
}

case $action in
start)
	# Postfix and Dovecot drop to their own users, who must get in here.
	chmod 755 "$dir"
	start_dovecot
	start_postfix
	;;
stop)
	stop_all
	;;
*)
	echo "usage: servers.sh start|stop DIR" >&2
	exit 2
	;;
esac
