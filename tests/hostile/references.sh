#!/bin/sh
# Writes a valid table whose references are the worst case for a loader
# that looks them up one by one: N sources, the last of which everything
# cites, and N regions, all sold by one offer, whose N
# server entries cite the regions from the last to the first, as does its
# one DNS profile.
# usage: references.sh N
set -eu
awk -v n="$1" 'BEGIN {
	print "{ \"schema\": 2,"
	print "  \"sources\": ["
	for (i = 1; i <= n; i++)
		printf "    { \"id\": \"s%d\", \"title\": \"bench\", \"date\": \"2026\" }%s\n", \
		    i, i < n ? "," : ""
	print "  ],"
	print "  \"regions\": ["
	for (i = 1; i <= n; i++)
		printf "    { \"id\": \"r%d\", \"name\": \"Region %d\" }%s\n", \
		    i, i, i < n ? "," : ""
	print "  ],"
	printf "  \"offers\": [ { \"id\": \"o\", \"name\": \"Offer\", "
	printf "\"description\": \"generated\", \"default\": true, "
	printf "\"webmail\": \"https://mail.example/\", "
	printf "\"webmail_source\": \"s%d\", \"regions_source\": \"s%d\",\n", n, n
	printf "    \"regions\": ["
	for (i = 1; i <= n; i++)
		printf "\"r%d\"%s", i, i < n ? ", " : ""
	print "],"
	print "    \"servers\": ["
	for (i = n; i >= 1; i--) {
		printf "      { \"protocol\": \"imap\", \"ssl\": true, "
		printf "\"region\": \"r%d\", \"host\": \"imap.example.net\", ", i
		printf "\"port\": 993, \"security\": \"ssl\", "
		printf "\"auth_required\": true, "
		printf "\"auth_method\": \"password-cleartext\", "
		printf "\"username\": \"email\", \"status\": \"current\", "
		printf "\"source\": \"s%d\" }%s\n", n, (i > 1 ? "," : "")
	}
	print "    ],"
	printf "    \"limits\": { \"sending\": [], \"quota\": [ { \"size\": \"1 GB\", \"source\": \"s%d\" } ] },\n", n
	printf "    \"dns\": [ { \"regions\": ["
	for (i = n; i >= 1; i--)
		printf "\"r%d\"%s", i, (i > 1 ? ", " : "")
	print "], \"ttl\": 3600,"
	printf "      \"mx\": [ { \"priority\": 1, \"host\": \"mx.example.net\" } ], \"mx_source\": \"s%d\",\n", n
	printf "      \"spf\": [ { \"value\": \"v=spf1 -all\", \"source\": \"s%d\" } ],\n", n
	printf "      \"dkim\": { \"selector_prefix\": \"b\", \"selectors\": [\"s1\"], \"type\": \"CNAME\", \"target\": \"<selector>.example.net\", \"source\": \"s%d\" },\n", n
	printf "      \"dmarc\": { \"record\": \"v=DMARC1; p=none\", \"advice\": \"a\", \"source\": \"s%d\" } } ] } ]\n", n
	print "}"
}'
