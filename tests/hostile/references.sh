#!/bin/sh
# Writes a valid table whose references are the worst case for a loader
# that looks them up one by one: N sources and N known errors that all
# cite the last source, and an offer of N regions whose N server entries
# cite the regions from the last to the first.
# usage: references.sh N
set -eu
awk -v n="$1" 'BEGIN {
	print "{ \"schema\": 1,"
	print "  \"sources\": ["
	for (i = 1; i <= n; i++)
		printf "    { \"id\": \"s%d\", \"title\": \"bench\", \"date\": \"2026\" }%s\n", \
		    i, i < n ? "," : ""
	print "  ],"
	printf "  \"offers\": [ { \"id\": \"o\", \"name\": \"Offer\", "
	printf "\"description\": \"generated\", \"default\": true, "
	printf "\"webmail\": \"https://mail.example/\", "
	printf "\"webmail_source\": \"s%d\",\n    \"regions\": [\n", n
	for (i = 1; i <= n; i++)
		printf "      { \"id\": \"r%d\", \"name\": \"Region %d\" }%s\n", \
		    i, i, i < n ? "," : ""
	print "    ],"
	print "    \"servers\": ["
	for (i = n; i >= 1; i--) {
		printf "      { \"protocol\": \"imap\", \"ssl\": true, "
		printf "\"region\": \"r%d\", \"host\": \"imap.example.net\", ", i
		printf "\"port\": 993, \"security\": \"ssl\", "
		printf "\"auth_required\": true, "
		printf "\"auth_method\": \"password-cleartext\", "
		printf "\"username\": \"email\", \"source\": \"s%d\" }%s\n", \
		    n, (i > 1 ? "," : "")
	}
	print "    ] } ],"
	print "  \"dns\": { \"ttl\": 3600, \"mx\": [ { \"priority\": 1, \"host\": \"mx.example.net\" } ],"
	printf "    \"mx_source\": \"s%d\", \"spf\": \"v=spf1 -all\", ", n
	printf "\"spf_source\": \"s%d\" },\n", n
	print "  \"errors\": ["
	for (i = 1; i <= n; i++) {
		printf "    { \"id\": \"e%d\", \"protocol\": \"smtp\", ", i
		printf "\"code\": \"550\", \"reply\": \"550 no\", "
		printf "\"match\": [ \"e%d\" ], \"meaning\": \"m\", ", i
		printf "\"fix\": \"f\", \"source\": \"s%d\" }%s\n", n, i < n ? "," : ""
	}
	print "  ]"
	print "}"
}'
