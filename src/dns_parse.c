/*
 * DNS responses read with glibc's ns_initparse(3) family, which checks
 * every length against the end of the message; this file adds the limits
 * of what it keeps.
 */
#include <arpa/nameser.h>
#include <resolv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dns_parse.h"

bool
dns_same_name(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	if (la > 0 && a[la - 1] == '.')
		la--;
	if (lb > 0 && b[lb - 1] == '.')
		lb--;
	return la == lb && strncasecmp(a, b, la) == 0;
}

static bool
is_question(ns_msg *msg, const char *name, int type)
{
	ns_rr rr;

	if (ns_msg_count(*msg, ns_s_qd) != 1 ||
	    ns_parserr(msg, ns_s_qd, 0, &rr) != 0)
		return false;
	return (int)ns_rr_type(rr) == type && ns_rr_class(rr) == ns_c_in &&
	    dns_same_name(ns_rr_name(rr), name);
}

static char *
copy_bytes(const unsigned char *bytes, size_t length)
{
	char *copy = malloc(length + 1);

	if (copy != NULL) {
		memcpy(copy, bytes, length);
		copy[length] = '\0';
	}
	return copy;
}

/* A domain name in the rdata at AT, in presentation form. */
static int
read_name(ns_msg *msg, const unsigned char *at, const unsigned char *end,
    struct dns_record *record)
{
	char name[NS_MAXDNAME];

	if (at >= end || dn_expand(ns_msg_base(*msg), ns_msg_end(*msg), at,
	    name, sizeof(name)) < 0)
		return -1;
	record->length = strlen(name);
	return (record->data = copy_bytes((const unsigned char *)name,
	    record->length)) == NULL ? -1 : 0;
}

/* A TXT record's character-strings, joined as RFC 7208 3.3 says. */
static int
read_text(const unsigned char *at, const unsigned char *end,
    struct dns_record *record)
{
	size_t used = 0, n;

	if ((record->data = malloc((size_t)(end - at) + 1)) == NULL)
		return -1;
	while (at < end) {
		n = *at++;
		if (n > (size_t)(end - at))
			return -1;
		memcpy(record->data + used, at, n);
		used += n;
		at += n;
	}
	record->data[used] = '\0';
	record->length = used;
	return 0;
}

static int
read_rdata(ns_msg *msg, const ns_rr *rr, struct dns_record *record)
{
	const unsigned char *at = ns_rr_rdata(*rr);
	const unsigned char *end = at + ns_rr_rdlen(*rr);

	switch (record->type) {
	case ns_t_mx:
		if (end - at < 3)
			return -1;
		record->priority = ns_get16(at);
		return read_name(msg, at + 2, end, record);
	case ns_t_srv:
		if (end - at < 7)
			return -1;
		record->priority = ns_get16(at);
		record->weight = ns_get16(at + 2);
		record->port = ns_get16(at + 4);
		return read_name(msg, at + 6, end, record);
	case ns_t_cname:
		return read_name(msg, at, end, record);
	case ns_t_txt:
		return read_text(at, end, record);
	}
	return -1;
}

static bool
is_kept(int type)
{
	return type == ns_t_mx || type == ns_t_srv || type == ns_t_cname ||
	    type == ns_t_txt;
}

static int
read_answers(ns_msg *msg, struct dns_answer *answer)
{
	int total = ns_msg_count(*msg, ns_s_an);
	struct dns_record *record;
	ns_rr rr;
	int i;

	if (total == 0)
		return 0;
	answer->records = calloc(total < DNS_MAX_RECORDS ? (size_t)total :
	    DNS_MAX_RECORDS, sizeof(*answer->records));
	if (answer->records == NULL)
		return -1;
	for (i = 0; i < total; i++) {
		if (ns_parserr(msg, ns_s_an, i, &rr) != 0)
			return -1;
		if (ns_rr_class(rr) != ns_c_in || !is_kept(ns_rr_type(rr)))
			continue;
		/* Counted past the bound, so that the cut can be told. */
		if (answer->count == DNS_MAX_RECORDS) {
			answer->left_out++;
			continue;
		}
		record = &answer->records[answer->count++];
		record->type = ns_rr_type(rr);
		record->ttl = ns_rr_ttl(rr);
		if (read_rdata(msg, &rr, record) != 0)
			return -1;
	}
	return 0;
}

int
dns_parse(const unsigned char *message, size_t length, const char *name,
    int type, struct dns_answer *answer)
{
	ns_msg msg;

	memset(answer, 0, sizeof(*answer));
	if (length > NS_MAXMSG || ns_initparse(message, (int)length, &msg) != 0)
		return -1;
	if (!ns_msg_getflag(msg, ns_f_qr) ||
	    ns_msg_getflag(msg, ns_f_opcode) != ns_o_query)
		return -1;
	answer->id = ns_msg_id(msg);
	answer->rcode = ns_msg_getflag(msg, ns_f_rcode);
	answer->truncated = ns_msg_getflag(msg, ns_f_tc) != 0;
	/* A truncated answer is asked again: its records need not parse. */
	if (answer->truncated)
		return 0;
	if (!is_question(&msg, name, type))
		return -1;
	return read_answers(&msg, answer);
}

void
dns_answer_free(struct dns_answer *answer)
{
	size_t i;

	for (i = 0; i < answer->count; i++)
		free(answer->records[i].data);
	free(answer->records);
	answer->records = NULL;
	answer->count = 0;
}

size_t
dns_answer_count(const struct dns_answer *answer, int type)
{
	size_t i, n = 0;

	for (i = 0; i < answer->count; i++)
		if (answer->records[i].type == type)
			n++;
	return n;
}
