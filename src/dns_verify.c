/*
 * verify's checks of a domain's mail records: the MX set and priorities,
 * an MX of another region named as that; one SPF record, valid, with
 * OVHcloud's include and at most ten lookups, and two merged into one
 * line where they fit in the ten; both DKIM selectors as CNAMEs of the
 * documented shape; a parseable DMARC record, and reports asked for
 * while p=none; the offer's SRV records; every _autodiscover target that
 * is not the offer's, named; no autodiscover or autoconfig CNAME beside
 * the _autodiscover SRV record; OVHcloud's legacy records a warning only.
 */
#include <arpa/nameser.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>

#include "dmarc.h"
#include "dns_discover.h"
#include "dns_verify.h"
#include "i18n.h"
#include "lookup.h"
#include "quote.h"
#include "spf.h"
#include "strprintf.h"

#define MAX_VERDICTS	256
/*
 * A name as text: a domain name is at most 253 bytes (RFC 1035 2.3.4),
 * with room for its final dot and a label put in front ("_dmarc.").
 */
#define NAME_TEXT	300
/* A record's data as text: a name and what goes before it (SRV's numbers). */
#define RECORD_TEXT	(NAME_TEXT + 300)
/* A DKIM selector: a label, at most 63 bytes, cut well before NAME_TEXT. */
#define SELECTOR_TEXT	256
/* "_submissions._tcp.": a service label and the protocol's. */
#define SERVICE_TEXT	64

/* What the checks share: the zone, what it should hold, the verdicts. */
struct judge {
	const struct zone		*zone;
	const struct dns_profile	*want;
	const struct offer		*offer;
	const struct offer		*offers;	/* all known */
	size_t				 noffers;
	int				 server;
	const struct dns_resolver	*resolver;
	struct verification		*result;
	struct problem			*problem;
	enum verdict_check		 check;	/* of the verdicts added now */
};

/*
 * Adds a verdict for the record at NAME (relative to the domain, "" for
 * the domain itself), FOUND there or NULL; the verdict owns EXPECTED.
 */
static struct verdict *
add_verdict(struct judge *j, const char *name, int type,
    enum verdict_status status, const struct dns_record *record,
    char *expected, const char *why)
{
	char *found = record != NULL ? zone_record_text(record) : NULL;

	struct verification *r = j->result;
	struct verdict *v = NULL, *grown;

	if (r->count == r->size && r->size < MAX_VERDICTS) {
		grown = realloc(r->verdicts, (r->size + 16) * sizeof(*grown));
		if (grown != NULL) {
			r->verdicts = grown;
			r->size += 16;
		}
	}
	if (r->count < r->size)
		v = &r->verdicts[r->count];
	if (v == NULL || (v->name = str_printf("%s%s.", name,
	    j->zone->domain)) == NULL) {
		free(found);
		free(expected);
		problem_set(j->problem, EX_OSERR, NULL, "out of memory");
		return NULL;
	}
	r->count++;
	v->type = type;
	v->status = status;
	v->check = j->check;
	v->found = found;
	v->expected = expected;
	v->why = why;
	v->detail[0] = '\0';
	v->detail_why = NULL;
	if (status != VERDICT_OK && status != VERDICT_WARNING &&
	    status != VERDICT_UNCHECKED)
		r->ok = false;
	return v;
}

/*
 * What the verdict's %s stands for: a term of the record, quoted, and
 * what a reader said of it (a message for gettext), each if any.
 */
static void
set_detail(struct verdict *v, const char *term, const char *why)
{
	if (term != NULL)
		snprintf(v->detail, sizeof(v->detail), "'%s'", term);
	v->detail_why = why;
}

/* "example.com. 3600 IN MX 1 mx0.mail.ovh.net.": a line to paste. */
static char *
zone_line(const struct judge *j, const char *name, int type,
    const char *data)
{
	return str_printf("%s%s. %ld IN %s %s", name, j->zone->domain,
	    j->want->ttl, dns_type_name(type), data);
}

/* The host with the server number, or the pattern while it is unknown. */
static void
host_for(const struct judge *j, const char *pattern, char *host,
    size_t size)
{
	struct problem ignored = { EX_OK, "" };

	if (j->server == 0 || lookup_host(pattern, j->server, host, size,
	    &ignored) != EX_OK)
		snprintf(host, size, "%s", pattern);
}

/* --- MX */

static const struct mx *
wanted_mx(const struct dns_profile *want, const char *host)
{
	size_t i;

	for (i = 0; i < want->nmx; i++)
		if (dns_same_name(want->mx[i].host, host))
			return &want->mx[i];
	return NULL;
}

static bool
published_mx(const struct zone *zone, const char *host)
{
	const struct dns_record *mx;
	size_t n;

	for (n = 0; (mx = zone_record(zone, ZONE_MX, ns_t_mx, n)) != NULL;
	    n++)
		if (dns_same_name(mx->data, host))
			return true;
	return false;
}

static char *
mx_line(const struct judge *j, const struct mx *mx)
{
	char data[RECORD_TEXT];

	snprintf(data, sizeof(data), "%d %s.", mx->priority, mx->host);
	return zone_line(j, "", ns_t_mx, data);
}

/*
 * OVHcloud's MX for another region: named as that, as discover names
 * it, with this region's to put in its place unless that is there.
 */
static bool
judge_foreign_mx(struct judge *j, const struct dns_record *mx)
{
	const struct dns_profile *profile;
	const struct region *region;
	const struct mx *want;
	struct verdict *v;
	size_t index;

	region = mx_region(j->offers, j->noffers, mx->data, &profile, &index);
	if (region == NULL || profile == j->want)
		return false;
	/* This region's MX at the place it has in its own region's list. */
	want = index < j->want->nmx ? &j->want->mx[index] : NULL;
	if (want != NULL && !published_mx(j->zone, want->host))
		v = add_verdict(j, "", ns_t_mx, VERDICT_WRONG, mx,
		    mx_line(j, want), N_("OVHcloud's MX for %s, not for this "
		    "zone's region: change it to this region's"));
	else
		v = add_verdict(j, "", ns_t_mx, VERDICT_WRONG, mx, NULL,
		    N_("OVHcloud's MX for %s, not for this zone's region: "
		    "remove it"));
	if (v != NULL)
		snprintf(v->detail, sizeof(v->detail), "%s (%s)",
		    region->name, region->id);
	return true;
}

/*
 * Whether the line to change a foreign MX to already adds this MX, which
 * is not published (a priority verdict is about a published one): a
 * MISSING verdict would say it twice.
 */
static bool
replaced_mx(const struct judge *j, const struct mx *want)
{
	const struct verification *r = j->result;
	char data[RECORD_TEXT];
	size_t i, n, m;

	n = (size_t)snprintf(data, sizeof(data), " %d %s.", want->priority,
	    want->host);
	for (i = 0; i < r->count; i++) {
		const char *line = r->verdicts[i].expected;

		if (r->verdicts[i].type != ns_t_mx ||
		    r->verdicts[i].status != VERDICT_WRONG || line == NULL)
			continue;
		m = strlen(line);
		if (m >= n && strcasecmp(line + m - n, data) == 0)
			return true;
	}
	return false;
}

static void
check_mx(struct judge *j)
{
	const struct dns_record *mx;
	const struct mx *want;
	size_t n;

	for (n = 0; (mx = zone_record(j->zone, ZONE_MX, ns_t_mx, n)) != NULL;
	    n++) {
		if ((want = wanted_mx(j->want, mx->data)) == NULL) {
			if (!judge_foreign_mx(j, mx))
				add_verdict(j, "", ns_t_mx, VERDICT_EXTRA, mx,
				    NULL, N_("not OVHcloud's: remove it"));
		} else if (want->priority != mx->priority)
			add_verdict(j, "", ns_t_mx, VERDICT_WRONG, mx,
			    mx_line(j, want), N_("the priority differs"));
		else
			add_verdict(j, "", ns_t_mx, VERDICT_OK, mx,
			    mx_line(j, want), NULL);
	}
	for (n = 0; n < j->want->nmx; n++)
		if (!published_mx(j->zone, j->want->mx[n].host) &&
		    !replaced_mx(j, &j->want->mx[n]))
			add_verdict(j, "", ns_t_mx, VERDICT_MISSING, NULL,
			    mx_line(j, &j->want->mx[n]), NULL);
}

/* --- SPF */

/* The first SPF record among a name's TXT records. */
static const struct dns_record *
spf_at(const struct dns_answer *answer, size_t n)
{
	size_t i;

	for (i = 0; i < answer->count; i++)
		if (answer->records[i].type == ns_t_txt &&
		    spf_is_record(answer->records[i].data,
		    answer->records[i].length) && n-- == 0)
			return &answer->records[i];
	return NULL;
}

static int
fetch_spf(void *context, const char *domain, char **record)
{
	const struct dns_resolver *resolver = context;
	const struct dns_record *spf;
	struct dns_answer answer = { 0, false, 0, NULL, 0, 0 };
	enum dns_status status;
	int found = 1;

	status = dns_query(resolver, domain, ns_t_txt, &answer);
	if (!dns_status_answered(status))
		found = -1;
	else if ((spf = spf_at(&answer, 0)) != NULL) {
		*record = strndup(spf->data, spf->length);
		found = *record != NULL ? 0 : -1;
	}
	dns_answer_free(&answer);
	return found;
}

static bool
has_include(const struct spf_record *spf, const char *domain)
{
	const char *nested;
	size_t i;

	for (i = 0; i < spf->count; i++)
		if (!spf->terms[i].modifier &&
		    (nested = spf_nested_domain(&spf->terms[i])) != NULL &&
		    dns_same_name(nested, domain))
			return true;
	return false;
}

/* Whether the record has every include of one of the offer's values. */
static const char *
missing_include(const struct judge *j, const struct spf_record *live)
{
	struct spf_record want;
	const char *why, *missing = NULL, *domain;
	size_t i, t;
	bool all;

	for (i = 0; i < j->want->nspf; i++) {
		const char *value = j->want->spf[i].value;

		if (spf_parse(value, strlen(value), &want, &why, NULL,
		    0) != 0) {
			spf_free(&want);
			continue;
		}
		all = true;
		for (t = 0; t < want.count; t++)
			if ((domain = spf_nested_domain(&want.terms[t])) !=
			    NULL && !has_include(live, domain))
				all = false;
		spf_free(&want);
		if (all)
			return NULL;
		if (missing == NULL)
			missing = value;
	}
	return missing;
}

/* The include of VALUE, "include:mx.ovh.com", as N bytes at *INCLUDE. */
static size_t
include_of(const char *value, const char **include)
{
	*include = strstr(value, "include:");
	return *include != NULL ? strcspn(*include, " ") : 0;
}

/* The published record with OVHcloud's include put in front. */
static char *
spf_with_include(const struct judge *j, const struct dns_record *record,
    const char *value)
{
	const char *include;
	size_t n = include_of(value, &include);
	char *published = zone_record_text(record), *line;

	if (published == NULL)
		return NULL;
	/* "\"v=spf1 a mx ~all\"" becomes "\"v=spf1 include:X a mx ~all\"". */
	line = str_printf("%s. %ld IN TXT \"v=spf1 %.*s%s", j->zone->domain,
	    j->want->ttl, (int)n, include != NULL ? include : "",
	    published + 1 + strlen("v=spf1"));
	free(published);
	return line;
}

/* The lookups TEXT, an SPF record, would cost once published. */
static void
count_proposal(const struct judge *j, const char *text,
    struct spf_count *count)
{
	struct spf_record spf;
	const char *why;

	memset(count, 0, sizeof(*count));
	memset(&spf, 0, sizeof(spf));
	if (text != NULL && spf_parse(text, strlen(text), &spf, &why, NULL,
	    0) == 0)
		spf_count_lookups(&spf, fetch_spf, (void *)j->resolver, count);
	spf_free(&spf);
}

/*
 * The lookups to take out before OVHcloud's include fits: at least as
 * many as its own cost passes what is left of the ten, of the record's
 * own terms that cost one, ptr first (RFC 7208 5.5 deprecates it).
 */
static void
name_lookups_to_drop(const struct judge *j, const struct spf_record *live,
    const char *value, char *out, size_t size)
{
	struct spf_count ours;
	size_t i, used, own = 0;
	int pass;

	count_proposal(j, value, &ours);
	for (i = 0; i < live->count; i++)
		own += spf_costs_lookup(live, i);
	used = (size_t)snprintf(out, size, "%zu:",
	    own + (size_t)ours.lookups > SPF_MAX_LOOKUPS ? own +
	    (size_t)ours.lookups - SPF_MAX_LOOKUPS : 1);
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < live->count; i++) {
			const struct spf_term *t = &live->terms[i];
			bool ptr = strcmp(t->name, "ptr") == 0;
			int n;

			if (!spf_costs_lookup(live, i) || ptr != (pass == 0))
				continue;
			/* A term that does not fit is not cut: "..." ends. */
			n = snprintf(out + used, size - used, " %s%s%s",
			    t->name, t->value != NULL ? (t->modifier ? "=" :
			    ":") : "", t->value != NULL ? t->value : "");
			if ((size_t)n + 4 >= size - used) {
				snprintf(out + used, size - used, " ...");
				return;
			}
			used += (size_t)n;
		}
}

/*
 * The record with OVHcloud's include, proposed only when it stays within
 * the ten lookups: a record over them is a permerror (RFC 7208 4.6.4),
 * which breaks SPF for every sender of the domain.
 */
static void
propose_include(struct judge *j, const struct dns_record *record,
    const struct spf_record *live, const char *value)
{
	const char *include;
	size_t n = include_of(value, &include);
	struct spf_count count;
	struct verdict *v;
	char *text;

	text = str_printf("v=spf1 %.*s%.*s", (int)n, include != NULL ?
	    include : "", (int)(record->length - strlen("v=spf1")),
	    record->data + strlen("v=spf1"));
	count_proposal(j, text, &count);
	free(text);
	if (!count.over) {
		add_verdict(j, "", ns_t_txt, VERDICT_WRONG, record,
		    spf_with_include(j, record, value),
		    N_("OVHcloud's servers are not in it"));
		return;
	}
	v = add_verdict(j, "", ns_t_txt, VERDICT_WRONG, record, NULL,
	    N_("OVHcloud's servers are not in it, and adding them would pass "
	    "the 10 DNS lookups of RFC 7208 4.6.4, which breaks SPF: take "
	    "out at least %s, then add them"));
	if (v != NULL)
		name_lookups_to_drop(j, live, value, v->detail,
		    sizeof(v->detail));
}

static char *
spf_line(const struct judge *j)
{
	char data[1024];

	snprintf(data, sizeof(data), "\"%s\"", j->want->spf[0].value);
	return zone_line(j, "", ns_t_txt, data);
}

/* Ten lookups at most, counted through the records it includes. */
static void
judge_spf_lookups(struct judge *j, const struct dns_record *record,
    const struct spf_record *spf)
{
	struct spf_count count;
	struct verdict *v;

	spf_count_lookups(spf, fetch_spf, (void *)j->resolver, &count);
	if (count.over) {
		add_verdict(j, "", ns_t_txt, VERDICT_WRONG, record, NULL,
		    N_("needs more than 10 DNS lookups (RFC 7208 4.6.4): "
		    "drop includes"));
		return;
	}
	if (!count.failed) {
		add_verdict(j, "", ns_t_txt, VERDICT_OK, record, NULL, NULL);
		return;
	}
	v = add_verdict(j, "", ns_t_txt, VERDICT_WARNING, record, NULL,
	    count.failed_why == 1 ? N_("%s has no SPF record") :
	    count.failed_why == 2 ? N_("%s has a bad SPF record") :
	    N_("%s could not be read"));
	if (v != NULL)
		snprintf(v->detail, sizeof(v->detail), "include:%s",
		    count.failed_domain);
}

static void
judge_spf_record(struct judge *j, const struct dns_record *record)
{
	struct spf_record spf;
	struct verdict *v;
	const char *why, *value;
	char term[128];

	if (spf_parse(record->data, record->length, &spf, &why, term,
	    sizeof(term)) != 0) {
		v = add_verdict(j, "", ns_t_txt, VERDICT_WRONG, record,
		    spf_line(j), N_("bad SPF syntax: %s"));
		if (v != NULL)
			set_detail(v, term, why);
	} else if ((value = missing_include(j, &spf)) != NULL)
		propose_include(j, record, &spf, value);
	else
		judge_spf_lookups(j, record, &spf);
	spf_free(&spf);
}

/*
 * TEXT as a TXT record's data: strings of at most 255 bytes (RFC 1035
 * 3.3.14), each escaped for the terminal as the found records are.
 */
static char *
txt_data(const char *text)
{
	char *data = NULL;
	size_t size = 0, n, left = strlen(text);
	bool first = true;
	FILE *out;

	if ((out = open_memstream(&data, &size)) == NULL)
		return NULL;
	do {
		n = left > 255 ? 255 : left;
		fputs(first ? "\"" : " \"", out);
		first = false;
		quote_terminal_n(out, text, n);
		putc('"', out);
		text += n;
		left -= n;
	} while (left > 0);
	if (fclose(out) != 0) {
		free(data);
		return NULL;
	}
	return data;
}

/* OVHcloud's include, when none of the records has one: NULL if one has. */
static const char *
include_for_merge(const struct judge *j, const struct dns_answer *txt,
    size_t count, char *include, size_t size)
{
	struct spf_record spf;
	const struct dns_record *record;
	const char *why, *at;
	size_t n, length;
	bool has = false;

	for (n = 0; n < count && !has; n++) {
		record = spf_at(txt, n);
		if (spf_parse(record->data, record->length, &spf, &why, NULL,
		    0) == 0 && missing_include(j, &spf) == NULL)
			has = true;
		spf_free(&spf);
	}
	if (has || (length = include_of(j->want->spf[0].value, &at)) == 0)
		return NULL;
	snprintf(include, size, "%.*s", (int)length, at);
	return include;
}

/* The last word of the merged record, when it is an "all". */
static void
merged_all(const char *merged, char *all, size_t size)
{
	const char *last = strrchr(merged, ' ');

	last = last != NULL ? last + 1 : merged;
	if (strcasecmp(last + strspn(last, "+-~?"), "all") == 0)
		snprintf(all, size, "'%s'", last);
	else
		all[0] = '\0';
}

/* What the first record's verdict says of the merged line. */
static const char *
merged_why(bool added, bool all)
{
	if (added)
		return all ? N_("more than one SPF record: receivers reject "
		    "them all (RFC 7208 3.2), and none has OVHcloud's "
		    "include; publish this one in their place, which adds it, "
		    "keeps every mechanism of each, in order, and ends in "
		    "%s, the first 'all' met") : N_("more than one SPF record: "
		    "receivers reject them all (RFC 7208 3.2), and none has "
		    "OVHcloud's include; publish this one in their place, "
		    "which adds it and keeps every mechanism of each, in "
		    "order");
	return all ? N_("more than one SPF record: receivers reject them all "
	    "(RFC 7208 3.2); publish this one in their place, which keeps "
	    "every mechanism of each, in order, and ends in %s, the first "
	    "'all' met") : N_("more than one SPF record: receivers reject them "
	    "all (RFC 7208 3.2); publish this one in their place, which "
	    "keeps every mechanism of each, in order");
}

/* Every record WRONG, with no line: WHY says why none can be given. */
static void
unmergeable(struct judge *j, const struct dns_answer *txt, size_t count,
    const char *why, const char *detail, const char *detail_why)
{
	struct verdict *v;
	size_t n;

	for (n = 0; n < count; n++)
		if ((v = add_verdict(j, "", ns_t_txt, VERDICT_WRONG,
		    spf_at(txt, n), NULL, why)) != NULL) {
			snprintf(v->detail, sizeof(v->detail), "%s", detail);
			v->detail_why = detail_why;
		}
}

/* The first record changed to the merged one, the others removed. */
static void
merged_verdicts(struct judge *j, const struct dns_answer *txt,
    size_t count, const char *merged, bool added)
{
	struct verdict *v;
	char all[64], *data;
	size_t n;

	merged_all(merged, all, sizeof(all));
	data = txt_data(merged);
	v = add_verdict(j, "", ns_t_txt, VERDICT_WRONG, spf_at(txt, 0),
	    data != NULL ? zone_line(j, "", ns_t_txt, data) : NULL,
	    merged_why(added, all[0] != '\0'));
	free(data);
	if (v != NULL)
		snprintf(v->detail, sizeof(v->detail), "%s", all);
	for (n = 1; n < count; n++)
		add_verdict(j, "", ns_t_txt, VERDICT_EXTRA, spf_at(txt, n),
		    NULL, N_("more than one SPF record: merged into the line "
		    "of the first: remove it"));
}

/*
 * Two SPF records or more: receivers reject them all, so they become
 * one, which keeps every mechanism, when it stays within the ten
 * lookups; else no line, and how many lookups it would need.
 */
static void
merge_spf(struct judge *j, const struct dns_answer *txt, size_t count)
{
	const char *texts[DNS_MAX_RECORDS], *prefix, *why;
	size_t lengths[DNS_MAX_RECORDS], n;
	struct spf_record spf;
	struct spf_count lookups;
	char include[256], number[32], *merged;

	for (n = 0; n < count && n < DNS_MAX_RECORDS; n++) {
		texts[n] = spf_at(txt, n)->data;
		lengths[n] = spf_at(txt, n)->length;
	}
	prefix = include_for_merge(j, txt, n, include, sizeof(include));
	if ((merged = spf_merge(texts, lengths, n, prefix, &why)) == NULL) {
		unmergeable(j, txt, count, N_("more than one SPF record: "
		    "receivers reject them all (RFC 7208 3.2); they cannot be "
		    "merged: %s"), "", why);
		return;
	}
	if (spf_parse(merged, strlen(merged), &spf, &why, NULL, 0) != 0)
		unmergeable(j, txt, count, N_("more than one SPF record: "
		    "receivers reject them all (RFC 7208 3.2); they cannot be "
		    "merged: %s"), "", N_("together they hold too many terms"));
	else {
		spf_count_total(&spf, fetch_spf, (void *)j->resolver, &lookups);
		snprintf(number, sizeof(number), lookups.total >= SPF_COUNT_MAX ?
		    "%d or more" : "%d", lookups.total);
		if (lookups.over)
			unmergeable(j, txt, count, N_("more than one SPF "
			    "record: receivers reject them all (RFC 7208 3.2); "
			    "merged into one they would need %s DNS lookups, "
			    "over the 10 of RFC 7208 4.6.4: drop includes, then "
			    "merge them"), number, NULL);
		else
			merged_verdicts(j, txt, count, merged, prefix != NULL);
	}
	spf_free(&spf);
	free(merged);
}

static void
check_spf(struct judge *j)
{
	const struct dns_answer *txt = &j->zone->items[ZONE_TXT].answer;
	size_t count = 0;

	while (spf_at(txt, count) != NULL)
		count++;
	if (count == 0)
		add_verdict(j, "", ns_t_txt, VERDICT_MISSING, NULL, spf_line(j),
		    j->want->nspf > 1 ? N_("OVHcloud's guides disagree: this, "
		    "or another value ovhmail-data(5) lists") : NULL);
	else if (count == 1)
		judge_spf_record(j, spf_at(txt, 0));
	else
		merge_spf(j, txt, count);
}

/* --- DKIM */

/* TEXT has SHAPE, where "<selector>" is SELECTOR, "<x>" a label. */
static bool
has_shape(const char *shape, const char *selector, const char *text)
{
	size_t n;

	while (*shape != '\0') {
		if (strncmp(shape, "<selector>", 10) == 0) {
			n = strlen(selector);
			if (strncasecmp(text, selector, n) != 0)
				return false;
			text += n;
			shape += 10;
		} else if (*shape == '<' && strchr(shape, '>') != NULL) {
			n = strspn(text, "abcdefghijklmnopqrstuvwxyz"
			    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
			if (n == 0)
				return false;
			text += n;
			shape = strchr(shape, '>') + 1;
		} else if (tolower((unsigned char)*shape++) !=
		    tolower((unsigned char)*text++))
			return false;
	}
	return *text == '\0' || (text[0] == '.' && text[1] == '\0');
}

/* The CNAME to publish: the target's shape, with the selector in it. */
static char *
dkim_line(const struct judge *j, const char *selector)
{
	const char *target = j->want->dkim.target;
	const char *mark = strstr(target, "<selector>");
	char name[NAME_TEXT], data[RECORD_TEXT];

	snprintf(name, sizeof(name), "%s._domainkey.", selector);
	if (mark != NULL)
		snprintf(data, sizeof(data), "%.*s%s%s.", (int)(mark - target),
		    target, selector, mark + strlen("<selector>"));
	else
		snprintf(data, sizeof(data), "%s.", target);
	return zone_line(j, name, ns_t_cname, data);
}

static void
check_selector(struct judge *j, enum zone_item cname, enum zone_item txt)
{
	const char *full = j->zone->items[cname].name;
	const struct dns_record *record = zone_record(j->zone, cname,
	    ns_t_cname, 0);
	char selector[SELECTOR_TEXT], name[NAME_TEXT];

	snprintf(selector, sizeof(selector), "%.*s",
	    (int)strcspn(full, "."), full);
	snprintf(name, sizeof(name), "%s._domainkey.", selector);
	if (record != NULL && has_shape(j->want->dkim.target, selector,
	    record->data))
		add_verdict(j, name, ns_t_cname, VERDICT_OK, record,
		    dkim_line(j, selector), NULL);
	else if (record != NULL)
		add_verdict(j, name, ns_t_cname, VERDICT_WRONG, record,
		    dkim_line(j, selector),
		    N_("does not point at OVHcloud's DKIM servers"));
	else if ((record = zone_record(j->zone, txt, ns_t_txt, 0)) != NULL)
		add_verdict(j, name, ns_t_txt, VERDICT_WRONG, record,
		    dkim_line(j, selector),
		    N_("a TXT record where OVHcloud's CNAME belongs: "
		    "replace it"));
	else
		add_verdict(j, name, ns_t_cname, VERDICT_MISSING, NULL,
		    dkim_line(j, selector), NULL);
}

static void
check_dkim(struct judge *j)
{
	const struct dkim *dkim = &j->want->dkim;
	const char *prefix = dkim->selector_prefix;
	struct verdict *v;
	char name[NAME_TEXT];

	if (prefix == NULL)
		return;
	if (j->zone->items[ZONE_DKIM1].name[0] == '\0') {
		snprintf(name, sizeof(name), "%s<N>-%s._domainkey.", prefix,
		    dkim->nselectors > 0 ? dkim->selectors[0] : "selector1");
		add_verdict(j, name, ns_t_cname, VERDICT_UNCHECKED, NULL,
		    NULL, N_("not checked: DNS cannot list selectors; give "
		    "--dkim-selector with the name from the Control Panel "
		    "(Emails, DKIM) or the API"));
		return;
	}
	check_selector(j, ZONE_DKIM1, ZONE_DKIM1_TXT);
	if (j->zone->items[ZONE_DKIM2].name[0] != '\0')
		check_selector(j, ZONE_DKIM2, ZONE_DKIM2_TXT);
	if (strncasecmp(j->zone->items[ZONE_DKIM1].name, prefix,
	    strlen(prefix)) == 0)
		return;
	v = add_verdict(j, "", ns_t_cname, VERDICT_WARNING, NULL, NULL,
	    N_("the selector does not start with %s, as this offer's do"));
	if (v != NULL)
		snprintf(v->detail, sizeof(v->detail), "%s", prefix);
}

/* --- DMARC */

static void
check_dmarc(struct judge *j)
{
	const struct dns_answer *txt = &j->zone->items[ZONE_DMARC].answer;
	const struct dns_record *record = NULL;
	struct verdict *v;
	char policy[16], data[512];
	const char *why;
	size_t i, count = 0;

	for (i = 0; i < txt->count; i++)
		if (txt->records[i].type == ns_t_txt &&
		    dmarc_is_record(txt->records[i].data,
		    txt->records[i].length) && count++ == 0)
			record = &txt->records[i];
	snprintf(data, sizeof(data), "\"%s\"", j->want->dmarc.record);
	if (record == NULL) {
		add_verdict(j, "_dmarc.", ns_t_txt, VERDICT_MISSING, NULL,
		    zone_line(j, "_dmarc.", ns_t_txt, data),
		    j->want->dmarc.advice);
	} else if (count > 1) {
		add_verdict(j, "_dmarc.", ns_t_txt, VERDICT_WRONG, record, NULL,
		    N_("more than one DMARC record: receivers ignore them "
		    "all"));
	} else if ((why = dmarc_problem(record->data, record->length,
	    policy, sizeof(policy))) != NULL) {
		v = add_verdict(j, "_dmarc.", ns_t_txt, VERDICT_WRONG, record,
		    zone_line(j, "_dmarc.", ns_t_txt, data),
		    N_("bad DMARC record: %s"));
		if (v != NULL)
			set_detail(v, NULL, why);
	} else if (strcmp(policy, "none") == 0 &&
	    !dmarc_has_tag(record->data, record->length, "rua"))
		add_verdict(j, "_dmarc.", ns_t_txt, VERDICT_WARNING, record,
		    NULL, N_("p=none with no rua=: no receiver sends reports, "
		    "so there is nothing to analyse before p=quarantine or "
		    "p=reject, as OVHcloud advises; add rua=mailto: with an "
		    "address of yours"));
	else
		add_verdict(j, "_dmarc.", ns_t_txt, VERDICT_OK, record, NULL,
		    strcmp(policy, "none") == 0 ? j->want->dmarc.advice :
		    NULL);
}

/* --- SRV, and the CNAMEs that must not stand beside them */

static enum zone_item
srv_item(const char *service)
{
	static const struct {
		const char	*service;
		enum zone_item	 item;
	} items[] = {
		{ "_autodiscover", ZONE_AUTODISCOVER_SRV },
		{ "_imaps", ZONE_SRV_IMAPS }, { "_imap", ZONE_SRV_IMAP },
		{ "_pop3s", ZONE_SRV_POP3S }, { "_pop3", ZONE_SRV_POP3 },
		{ "_submissions", ZONE_SRV_SUBMISSIONS },
		{ "_submission", ZONE_SRV_SUBMISSION },
	};
	size_t i;

	for (i = 0; i < sizeof(items) / sizeof(items[0]); i++)
		if (strcmp(items[i].service, service) == 0)
			return items[i].item;
	return ZONE_COUNT;
}

static bool
srv_matches(const struct judge *j, const struct srv *want,
    const struct dns_record *record)
{
	int n;

	return host_matches(want->host, record->data, &n) &&
	    (j->server == 0 || n == 0 || n == j->server) &&
	    record->port == want->port;
}

static void
check_one_srv(struct judge *j, const struct srv *want)
{
	enum zone_item item = srv_item(want->service);
	const struct dns_record *record;
	char name[SERVICE_TEXT], host[NAME_TEXT], data[RECORD_TEXT];

	if (item == ZONE_COUNT)
		return;
	snprintf(name, sizeof(name), "%s._tcp.", want->service);
	host_for(j, want->host, host, sizeof(host));
	snprintf(data, sizeof(data), "%d %d %d %s.", want->priority,
	    want->weight, want->port, host);
	record = zone_record(j->zone, item, ns_t_srv, 0);
	if (want->status == STATUS_LEGACY) {
		if (record != NULL && srv_matches(j, want, record))
			add_verdict(j, name, ns_t_srv, VERDICT_WARNING, record,
			    NULL, N_("OVHcloud's legacy default record: "
			    "current guides no longer list it"));
	} else
		add_verdict(j, name, ns_t_srv, record == NULL ?
		    VERDICT_MISSING : srv_matches(j, want, record) ?
		    VERDICT_OK : VERDICT_WRONG, record,
		    zone_line(j, name, ns_t_srv, data), NULL);
}

/* --- _autodiscover: every target, and the CNAMEs beside it */

/* The profile's _autodiscover record, or NULL. */
static const struct srv *
wanted_autodiscover(const struct judge *j)
{
	size_t i;

	for (i = 0; i < j->want->nsrv; i++)
		if (srv_item(j->want->srv[i].service) == ZONE_AUTODISCOVER_SRV)
			return &j->want->srv[i];
	return NULL;
}

static bool
is_current(const struct srv *want)
{
	return want != NULL && want->status == STATUS_CURRENT;
}

/* The zone line of the profile's current _autodiscover record, or NULL. */
static char *
autodiscover_line(const struct judge *j, const struct srv *want)
{
	char host[NAME_TEXT], data[RECORD_TEXT];

	if (!is_current(want))
		return NULL;
	host_for(j, want->host, host, sizeof(host));
	snprintf(data, sizeof(data), "%d %d %d %s.", want->priority,
	    want->weight, want->port, host);
	return zone_line(j, "_autodiscover._tcp.", ns_t_srv, data);
}

/* "Hosted Exchange (eu)": whose the target is, for the verdict's %s. */
static void
name_owner(struct verdict *v, const struct host_owner *owner)
{
	if (v == NULL)
		return;
	if (owner->region != NULL && owner->offer->nregions > 1)
		snprintf(v->detail, sizeof(v->detail), "%s (%s)",
		    owner->offer->name, owner->region->id);
	else
		snprintf(v->detail, sizeof(v->detail), "%s",
		    owner->offer->name);
}

/*
 * A target that is not the one this offer, region and server need.
 * Outlook follows it to another offer's settings, so it is wrong
 * whether or not the offer documents the record; with the line to
 * change it to where the offer has one.
 */
static void
judge_other_target(struct judge *j, const struct srv *want,
    const struct dns_record *record, const struct host_owner *owner)
{
	const char *name = "_autodiscover._tcp.";
	bool line = is_current(want);
	struct verdict *v;

	if (owner->role == HOST_UNKNOWN)
		add_verdict(j, name, ns_t_srv, line ? VERDICT_WRONG :
		    VERDICT_WARNING, record, autodiscover_line(j, want), line ?
		    N_("not an OVHcloud host: change it") : N_("not an "
		    "OVHcloud host: Outlook asks it for this domain's "
		    "settings"));
	else if (owner->role == HOST_OVHCLOUD)
		add_verdict(j, name, ns_t_srv, VERDICT_WRONG, record,
		    autodiscover_line(j, want), line ? N_("an OVHcloud host "
		    "that no guide gives for this record: change it") :
		    N_("an OVHcloud host that no guide gives for this "
		    "record: remove it"));
	else if (owner->role == HOST_LEGACY && !line)
		add_verdict(j, name, ns_t_srv, VERDICT_WARNING, record, NULL,
		    N_("OVHcloud's legacy default record: current guides no "
		    "longer list it"));
	else if (owner->offer == j->offer) {
		v = add_verdict(j, name, ns_t_srv, VERDICT_WRONG, record,
		    autodiscover_line(j, want), line ? N_("%s's host, but not "
		    "the one for this zone's region and server: change it") :
		    N_("%s's host, but not one it uses for this record: "
		    "remove it"));
		name_owner(v, owner);
	} else {
		v = add_verdict(j, name, ns_t_srv, VERDICT_WRONG, record,
		    autodiscover_line(j, want), line ? N_("%s's host, not "
		    "this offer's: Outlook would set accounts up there; change "
		    "it") : N_("%s's host, not this offer's: Outlook would set "
		    "accounts up there; remove it"));
		name_owner(v, owner);
	}
}

static void
judge_autodiscover_target(struct judge *j, const struct srv *want,
    const struct dns_record *record)
{
	struct host_owner owner;

	if (want != NULL && srv_matches(j, want, record)) {
		if (is_current(want))
			add_verdict(j, "_autodiscover._tcp.", ns_t_srv,
			    VERDICT_OK, record, autodiscover_line(j, want),
			    NULL);
		else
			add_verdict(j, "_autodiscover._tcp.", ns_t_srv,
			    VERDICT_WARNING, record, NULL, N_("OVHcloud's "
			    "legacy default record: current guides no longer "
			    "list it"));
		return;
	}
	autodiscover_owner(j->offers, j->noffers, record->data, &owner);
	if (owner.role == HOST_SERVICE && owner.offer == j->offer &&
	    !is_current(want))
		add_verdict(j, "_autodiscover._tcp.", ns_t_srv, VERDICT_OK,
		    record, NULL, N_("a host of this offer's services: the "
		    "Control Panel sets this record, and no guide prints its "
		    "target"));
	else
		judge_other_target(j, want, record, &owner);
}

/*
 * An autodiscover or autoconfig CNAME: OVHcloud's own legacy one is a
 * warning, unless it stands before an _autodiscover record that the
 * offer needs (Outlook asks the name before the SRV record); any other
 * beside the SRV record overrides it.
 */
static void
check_autodiscover_cname(struct judge *j, enum zone_item item,
    const char *label, bool srv)
{
	const struct dns_record *record = zone_record(j->zone, item,
	    ns_t_cname, 0);
	struct host_owner owner;

	if (record == NULL)
		return;
	autodiscover_owner(j->offers, j->noffers, record->data, &owner);
	if (owner.role == HOST_LEGACY && !is_current(wanted_autodiscover(j)))
		add_verdict(j, label, ns_t_cname, VERDICT_WARNING, record, NULL,
		    N_("OVHcloud's legacy default record, written by OVHcloud "
		    "in its old default zones: current guides no longer list "
		    "it"));
	else if (owner.role == HOST_LEGACY)
		add_verdict(j, label, ns_t_cname, VERDICT_EXTRA, record, NULL,
		    N_("OVHcloud's legacy default record, which Outlook asks "
		    "before the _autodiscover SRV record this offer needs: "
		    "remove it"));
	else if (srv)
		add_verdict(j, label, ns_t_cname, VERDICT_EXTRA, record, NULL,
		    N_("stands beside the _autodiscover SRV record, which it "
		    "overrides: remove it"));
}

static void
check_autodiscover(struct judge *j)
{
	const struct srv *want = wanted_autodiscover(j);
	const struct dns_record *record;
	size_t n;

	j->check = CHECK_AUTODISCOVER;
	for (n = 0; (record = zone_record(j->zone, ZONE_AUTODISCOVER_SRV,
	    ns_t_srv, n)) != NULL; n++)
		judge_autodiscover_target(j, want, record);
	if (n == 0 && is_current(want))
		add_verdict(j, "_autodiscover._tcp.", ns_t_srv,
		    VERDICT_MISSING, NULL, autodiscover_line(j, want), NULL);
	check_autodiscover_cname(j, ZONE_AUTODISCOVER_CNAME, "autodiscover.",
	    n > 0);
	check_autodiscover_cname(j, ZONE_AUTOCONFIG_CNAME, "autoconfig.",
	    n > 0);
}

/* The profile's SRV records in its order, _autodiscover with its own. */
static void
check_srv(struct judge *j)
{
	bool done = false;
	size_t i;

	for (i = 0; i < j->want->nsrv; i++) {
		j->check = CHECK_SRV;
		if (srv_item(j->want->srv[i].service) != ZONE_AUTODISCOVER_SRV)
			check_one_srv(j, &j->want->srv[i]);
		else if (!done) {
			check_autodiscover(j);
			done = true;
		}
	}
	if (!done)
		check_autodiscover(j);
}

int
verify_data(const struct dataset *data, const struct offer *offer,
    const struct region *region, int server, const struct zone *zone,
    const struct dns_resolver *resolver, struct verification *result,
    struct problem *problem)
{
	struct judge j = { zone, offer_dns(offer, region), offer,
		data != NULL ? data->offers : offer,
		data != NULL ? data->noffers : 1, server, resolver, result,
		problem, CHECK_MX };

	memset(result, 0, sizeof(*result));
	result->ok = true;
	if (j.want == NULL)
		return problem_set(problem, EX_USAGE, offer->id,
		    "not sold in region %s", region->id);
	j.check = CHECK_MX;
	check_mx(&j);
	j.check = CHECK_SPF;
	check_spf(&j);
	j.check = CHECK_DKIM;
	check_dkim(&j);
	j.check = CHECK_DMARC;
	check_dmarc(&j);
	check_srv(&j);
	return problem->status;
}

int
verify(const struct offer *offer, const struct region *region, int server,
    const struct zone *zone, const struct dns_resolver *resolver,
    struct verification *result, struct problem *problem)
{
	return verify_data(NULL, offer, region, server, zone, resolver,
	    result, problem);
}

void
verification_free(struct verification *result)
{
	size_t i;

	for (i = 0; i < result->count; i++) {
		free(result->verdicts[i].name);
		free(result->verdicts[i].found);
		free(result->verdicts[i].expected);
	}
	free(result->verdicts);
	memset(result, 0, sizeof(*result));
}

const char *
verdict_status_name(enum verdict_status status)
{
	static const char *const names[] = {
		"ok", "missing", "wrong", "extra", "warning", "unchecked"
	};

	return names[status];
}

const char *
verdict_check_name(enum verdict_check check)
{
	static const char *const names[] = {
		"mx", "spf", "dkim", "dmarc", "autodiscover", "srv",
		"validation"
	};

	return names[check];
}
