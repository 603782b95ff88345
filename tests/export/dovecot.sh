#!/bin/sh
# Starts (or stops) a Dovecot for the export tests on 127.0.0.1:13043, IMAP
# without TLS, with one account: ADDRESS, password "not-a-real-password"
# (what tests/export/secret-tool prints), its mail under DIR.
# usage: dovecot.sh start DIR ADDRESS | dovecot.sh stop DIR
set -eu
dir=$2
case $1 in
start)
	mkdir -p "$dir/run" "$dir/home"
	# Dovecot drops to nobody for the mail, who must get in here.
	chmod 755 "$dir"
	chown 65534:65534 "$dir/home"
	printf '%s:{PLAIN}not-a-real-password:65534:65534::%s\n' "$3" \
	    "$dir/home" >"$dir/passwd"
	cat >"$dir/dovecot.conf" <<CONF
base_dir = $dir/run
state_dir = $dir/run
instance_name = ovhmail-export-test
listen = 127.0.0.1
protocols = imap
log_path = $dir/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = $dir/passwd
}
userdb {
  driver = passwd-file
  args = $dir/passwd
}
service imap-login {
  chroot =
  inet_listener imap {
    port = $((13043 + ${OVHMAIL_TEST_PORT_OFFSET:-0}))
  }
  inet_listener imaps {
    port = 0
  }
}
CONF
	dovecot -c "$dir/dovecot.conf"
	;;
stop)
	[ -f "$dir/dovecot.conf" ] &&
	    doveadm -c "$dir/dovecot.conf" stop 2>/dev/null || true
	;;
esac
