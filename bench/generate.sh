#!/bin/sh
# Writes a valid table of N server entries to stdout: offers of six
# entries each (the last may have fewer), the last one the default, so
# that a lookup has the whole file to read, check and search.
# usage: generate.sh N
set -eu
awk -v n="$1" 'BEGIN {
	offers = int((n + 5) / 6)
	print "{ \"schema\": 1,"
	print "  \"sources\": [ { \"id\": \"b\", \"title\": \"bench\", \"date\": \"2026\" } ],"
	print "  \"offers\": ["
	split("imap pop3 smtp", protocol, " ")
	split("993 143 995 110 465 587", port, " ")
	split("ssl none ssl none ssl starttls", security, " ")
	for (o = 1; o <= offers; o++) {
		printf "    { \"id\": \"o%d\", \"name\": \"Offer %d\", ", o, o
		printf "\"description\": \"generated\", \"default\": %s, ", \
		    o == offers ? "true" : "false"
		printf "\"webmail\": \"https://mail.example/\", "
		printf "\"webmail_source\": \"b\", \"regions\": [], \"servers\": [\n"
		last = n - (o - 1) * 6
		if (last > 6)
			last = 6
		for (s = 1; s <= last; s++) {
			printf "      { \"protocol\": \"%s\", \"ssl\": %s, ", \
			    protocol[int((s + 1) / 2)], s % 2 ? "true" : "false"
			printf "\"host\": \"mail%d.example.net\", \"port\": %s, ", \
			    o, port[s]
			printf "\"security\": \"%s\", \"auth_required\": true, ", \
			    security[s]
			printf "\"auth_method\": \"password-cleartext\", "
			printf "\"username\": \"email\", \"source\": \"b\" }%s\n", \
			    s < last ? "," : ""
		}
		printf "    ] }%s\n", o < offers ? "," : ""
	}
	print "  ],"
	print "  \"dns\": { \"ttl\": 3600, \"mx\": [ { \"priority\": 1, \"host\": \"mx.example.net\" } ],"
	print "    \"mx_source\": \"b\", \"spf\": \"v=spf1 -all\", \"spf_source\": \"b\" },"
	print "  \"errors\": []"
	print "}"
}'
