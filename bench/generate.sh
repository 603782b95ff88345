#!/bin/sh
# Writes a valid table of N server entries to stdout: offers of six
# entries each (the last may have fewer), the last one the default, so
# that a lookup has the whole file to read, check and search.
# usage: generate.sh N
set -eu
awk -v n="$1" 'BEGIN {
	offers = int((n + 5) / 6)
	print "{ \"schema\": 2,"
	print "  \"sources\": [ { \"id\": \"b\", \"title\": \"bench\", \"date\": \"2026\" } ],"
	print "  \"regions\": [ { \"id\": \"eu\", \"name\": \"Europe\" } ],"
	print "  \"offers\": ["
	split("imap pop3 smtp", protocol, " ")
	split("993 143 995 110 465 587", port, " ")
	split("ssl none ssl none ssl starttls", security, " ")
	for (o = 1; o <= offers; o++) {
		printf "    { \"id\": \"o%d\", \"name\": \"Offer %d\", ", o, o
		printf "\"description\": \"generated\", \"default\": %s, ", \
		    o == offers ? "true" : "false"
		printf "\"webmail\": \"https://mail.example/\", "
		printf "\"webmail_source\": \"b\", \"regions\": [\"eu\"], "
		printf "\"regions_source\": \"b\", \"servers\": [\n"
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
			printf "\"region\": \"eu\", \"status\": \"current\", "
			printf "\"auth_method\": \"password-cleartext\", "
			printf "\"username\": \"email\", \"source\": \"b\" }%s\n", \
			    s < last ? "," : ""
		}
		printf "    ], \"limits\": { \"sending\": [], \"quota\": [ { \"size\": \"1 GB\", \"source\": \"b\" } ] },\n"
		printf "    \"dns\": [ { \"regions\": [\"eu\"], \"ttl\": 3600, \"mx\": [ { \"priority\": 1, \"host\": \"mx.example.net\" } ],\n"
		printf "      \"mx_source\": \"b\", \"spf\": [ { \"value\": \"v=spf1 -all\", \"source\": \"b\" } ],\n"
		printf "      \"dkim\": { \"selector_prefix\": \"b\", \"selectors\": [\"s1\"], \"type\": \"CNAME\", \"target\": \"<selector>.example.net\", \"source\": \"b\" },\n"
		printf "      \"dmarc\": { \"record\": \"v=DMARC1; p=none\", \"advice\": \"a\", \"source\": \"b\" } } ] }%s\n", o < offers ? "," : ""
	}
	print "  ]"
	print "}"
}'
