/* A domain's mail records, asked for name by name. */
#include <arpa/nameser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dns_zone.h"
#include "quote.h"

/* Where each item lives, below the domain, and its type. */
static const struct {
	const char	*label;		/* "" for the domain itself */
	int		 type;
} where[ZONE_COUNT] = {
	[ZONE_MX] =			{ "", ns_t_mx },
	[ZONE_TXT] =			{ "", ns_t_txt },
	[ZONE_DMARC] =			{ "_dmarc.", ns_t_txt },
	[ZONE_AUTODISCOVER_SRV] =	{ "_autodiscover._tcp.", ns_t_srv },
	[ZONE_SRV_IMAPS] =		{ "_imaps._tcp.", ns_t_srv },
	[ZONE_SRV_IMAP] =		{ "_imap._tcp.", ns_t_srv },
	[ZONE_SRV_POP3S] =		{ "_pop3s._tcp.", ns_t_srv },
	[ZONE_SRV_POP3] =		{ "_pop3._tcp.", ns_t_srv },
	[ZONE_SRV_SUBMISSIONS] =	{ "_submissions._tcp.", ns_t_srv },
	[ZONE_SRV_SUBMISSION] =		{ "_submission._tcp.", ns_t_srv },
	[ZONE_AUTODISCOVER_CNAME] =	{ "autodiscover.", ns_t_cname },
	[ZONE_AUTOCONFIG_CNAME] =	{ "autoconfig.", ns_t_cname },
	[ZONE_DKIM1] =			{ NULL, ns_t_cname },
	[ZONE_DKIM2] =			{ NULL, ns_t_cname },
	[ZONE_DKIM1_TXT] =		{ NULL, ns_t_txt },
	[ZONE_DKIM2_TXT] =		{ NULL, ns_t_txt },
};

/* MX and SRV by priority, then name: DNS gives them in any order. */
static int
by_priority(const void *a, const void *b)
{
	const struct dns_record *x = a, *y = b;

	if (x->type != y->type)
		return x->type - y->type;
	if (x->priority != y->priority)
		return x->priority - y->priority;
	return strcmp(x->data, y->data);
}

/* The answer to ITEM, in order; false when the question got none. */
static bool
answered(struct zone *zone, enum zone_item item)
{
	struct zone_lookup *lookup = &zone->items[item];

	if (lookup->answer.count > 1)
		qsort(lookup->answer.records, lookup->answer.count,
		    sizeof(*lookup->answer.records), by_priority);
	if (!dns_status_answered(lookup->status)) {
		zone->failure = lookup->status;
		zone->failed_item = item;
		return false;
	}
	return true;
}

/*
 * Asks for the N items of ITEMS at once, as a resolver takes many
 * questions in flight: a domain costs a round trip or two, not one a
 * name.  The first that got no answer, in the items' order, is the
 * zone's failure.
 */
static bool
ask_all(struct zone *zone, const struct dns_resolver *resolver,
    const enum zone_item items[], size_t n)
{
	struct dns_question questions[ZONE_COUNT];
	struct zone_lookup *lookup;
	size_t i;

	for (i = 0; i < n; i++) {
		lookup = &zone->items[items[i]];
		lookup->asked = true;
		questions[i] = (struct dns_question){ lookup->name,
		    &lookup->answer, lookup->type, DNS_TIMEOUT };
	}
	dns_query_many(resolver, questions, n);
	for (i = 0; i < n; i++)
		zone->items[items[i]].status = questions[i].status;
	for (i = 0; i < n; i++)
		if (!answered(zone, items[i]))
			return false;
	return true;
}

/* DOMAIN is the caller's, not zone->domain, which the name lies beside. */
static void
name_item(struct zone *zone, enum zone_item item, const char *domain,
    const char *selector)
{
	struct zone_lookup *lookup = &zone->items[item];
	int n = 0;

	lookup->type = where[item].type;
	if (where[item].label != NULL)
		n = snprintf(lookup->name, sizeof(lookup->name), "%s%s",
		    where[item].label, domain);
	else if (selector != NULL)
		n = snprintf(lookup->name, sizeof(lookup->name),
		    "%s._domainkey.%s", selector, domain);
	/* Too long for DNS: res_nmkquery then refuses the name. */
	if (n < 0 || (size_t)n >= sizeof(lookup->name))
		lookup->name[0] = '\0';
}

/*
 * Every name at once, the selectors' CNAMEs among them; then a
 * selector's TXT where no CNAME stands.  A domain that does not exist
 * (NXDOMAIN for its MX) has nothing else, whatever the rest said.
 */
void
zone_read(struct zone *zone, const struct dns_resolver *resolver,
    const char *domain, const char *selector1, const char *selector2)
{
	enum zone_item items[ZONE_COUNT], txt[2];
	size_t n = 0, ntxt = 0;
	int item;

	memset(zone, 0, sizeof(*zone));
	snprintf(zone->domain, sizeof(zone->domain), "%s", domain);
	zone->failure = DNS_OK;
	for (item = 0; item < ZONE_COUNT; item++)
		name_item(zone, item, domain, item == ZONE_DKIM1 ||
		    item == ZONE_DKIM1_TXT ? selector1 : selector2);
	for (item = ZONE_MX; item <= ZONE_DKIM2; item++)
		if (zone->items[item].name[0] != '\0')
			items[n++] = (enum zone_item)item;
	if (!ask_all(zone, resolver, items, n) &&
	    zone->failed_item == ZONE_MX)
		return;
	if ((zone->exists = zone->items[ZONE_MX].status != DNS_NXDOMAIN) ==
	    false || zone->failure != DNS_OK)
		return;
	if (zone->items[ZONE_DKIM1].name[0] != '\0' &&
	    zone->items[ZONE_DKIM1].status != DNS_OK)
		txt[ntxt++] = ZONE_DKIM1_TXT;
	if (zone->items[ZONE_DKIM2].name[0] != '\0' &&
	    zone->items[ZONE_DKIM2].status != DNS_OK)
		txt[ntxt++] = ZONE_DKIM2_TXT;
	(void)ask_all(zone, resolver, txt, ntxt);
}

void
zone_free(struct zone *zone)
{
	int item;

	for (item = 0; item < ZONE_COUNT; item++)
		dns_answer_free(&zone->items[item].answer);
}

const struct dns_record *
zone_record(const struct zone *zone, enum zone_item item, int type,
    size_t n)
{
	const struct dns_answer *answer = &zone->items[item].answer;
	size_t i;

	for (i = 0; i < answer->count; i++)
		if (answer->records[i].type == type && n-- == 0)
			return &answer->records[i];
	return NULL;
}

size_t
zone_count(const struct zone *zone, enum zone_item item, int type)
{
	return dns_answer_count(&zone->items[item].answer, type);
}

char *
zone_record_text(const struct dns_record *record)
{
	char *text = NULL;
	size_t size = 0;
	FILE *out;

	if ((out = open_memstream(&text, &size)) == NULL)
		return NULL;
	if (record->type == ns_t_mx)
		fprintf(out, "%d ", record->priority);
	else if (record->type == ns_t_srv)
		fprintf(out, "%d %d %d ", record->priority, record->weight,
		    record->port);
	if (record->type == ns_t_txt) {
		putc('"', out);
		quote_terminal_n(out, record->data, record->length);
		putc('"', out);
	} else {
		quote_terminal(out, record->data);
		putc('.', out);
	}
	if (fclose(out) != 0) {
		free(text);
		return NULL;
	}
	return text;
}
