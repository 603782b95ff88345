#!/bin/sh
# Makes a test CA and the certificates the check tests need, in DIR:
#	ca.pem			the CA the good servers' certificate chains to
#	server.pem/.key		for 127.0.0.1 and localhost, signed by the CA
#	wrongname.pem/.key	for wrong.example, signed by the CA
#	expired.pem/.key	for 127.0.0.1, signed by the CA, expired in 2020
#	soon.pem/.key		for 127.0.0.1, signed by the CA, 10 days left
#	sooner.pem/.key		the same, 3 days left
# The good servers' certificate has a year left: fewer than check's
# --warning-days (30 by default) would make them a plugin's WARNING.
# usage: pki.sh DIR
set -eu
dir=$1
mkdir -p "$dir"
cd "$dir"
quiet() { "$@" >/dev/null 2>&1 || { echo "pki: $* failed" >&2; "$@"; }; }

quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem \
    -days 3650 -subj "/CN=ovhmail test CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign"

leaf() {
	name=$1 cn=$2 san=$3
	quiet openssl req -newkey rsa:2048 -nodes -keyout "$name.key" \
	    -out "$name.csr" -subj "/CN=$cn"
	printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
	    "$san" >"$name.ext"
}

leaf server 127.0.0.1 "IP:127.0.0.1,DNS:localhost"
quiet openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key \
    -CAcreateserial -days 365 -extfile server.ext -out server.pem
leaf wrongname wrong.example "DNS:wrong.example"
quiet openssl x509 -req -in wrongname.csr -CA ca.pem -CAkey ca.key \
    -CAcreateserial -days 30 -extfile wrongname.ext -out wrongname.pem

# openssl x509 cannot back-date; openssl ca can, given a minimal CA.
leaf expired 127.0.0.1 "IP:127.0.0.1,DNS:localhost"
mkdir -p ca.db
: >ca.db/index.txt
echo 1000 >ca.db/serial
cat >ca.cnf <<CNF
[ca]
default_ca = test
[test]
dir = $dir/ca.db
database = \$dir/index.txt
serial = \$dir/serial
new_certs_dir = \$dir
certificate = $dir/ca.pem
private_key = $dir/ca.key
default_md = sha256
policy = any
copy_extensions = none
[any]
commonName = supplied
CNF
quiet openssl ca -batch -config ca.cnf -startdate 20200101000000Z \
    -enddate 20200201000000Z -extfile expired.ext -in expired.csr \
    -out expired.pem

# Certificates near their end, for check --format nagios's thresholds.
near_end() {
	name=$1 days=$2
	quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout "$name.key" \
	    -out "$name.pem" -days "$days" -subj "/CN=127.0.0.1" \
	    -CA ca.pem -CAkey ca.key \
	    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
	    -addext "basicConstraints=CA:FALSE" \
	    -addext "extendedKeyUsage=serverAuth"
}
near_end soon 10
near_end sooner 3
