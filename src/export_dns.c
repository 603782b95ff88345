/*
 * Zone-file lines for a domain whose mail OVHcloud hosts, for the offer
 * and region asked: MX, SPF (where OVHcloud's guides disagree, the others
 * as comments), DKIM as a commented template (its numbers and targets
 * come from the Control Panel: never invented here), a _dmarc record with
 * OVHcloud's advice, the SRV records OVHcloud documents, the domain
 * validation CNAME as a template, the legacy SRV records on request, and
 * the guides' notes on the records, each beside them.
 * Names are absolute, so the lines can go into any zone file whatever its
 * $ORIGIN.
 */
#include <string.h>

#include "export.h"

/*
 * A TXT record's text as RFC 1035 character-strings: at most 255 bytes
 * each, with \ before " and \, and bytes outside printable ASCII as \DDD.
 */
static void
quote_zone(FILE *out, const char *text)
{
	size_t used = 0;

	putc('"', out);
	for (; *text != '\0'; text++, used++) {
		unsigned char c = (unsigned char)*text;

		if (used == 255) {
			fputs("\" \"", out);
			used = 0;
		}
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			fprintf(out, "\\%03u", c);
		else
			putc(c, out);
	}
	putc('"', out);
}

static void
cite(FILE *out, const char *what, const struct source *source)
{
	fprintf(out, "; %s: %s (%s).\n", what, source->title, source->date);
}

/* The profile's notes on ABOUT, as comments. */
static void
notes(FILE *out, const struct export *e, enum dns_part about)
{
	const struct dns_note *note;
	size_t i;

	for (i = 0; i < e->dns->nnotes; i++) {
		note = &e->dns->notes[i];
		if (note->about == about)
			fprintf(out, "; Note: %s (%s, %s).\n", note->text,
			    note->source->title, note->source->date);
	}
}

static void
txt(FILE *out, const char *comment, const char *name, const char *domain,
    long ttl, const char *text)
{
	fprintf(out, "%s%s%s.\t%ld\tIN\tTXT\t", comment, name, domain, ttl);
	quote_zone(out, text);
	putc('\n', out);
}

static void
spf(FILE *out, const struct export *e)
{
	const struct dns_profile *dns = e->dns;
	size_t i;

	cite(out, "SPF", dns->spf[0].source);
	txt(out, "", "", e->domain, dns->ttl, dns->spf[0].value);
	for (i = 1; i < dns->nspf; i++) {
		fprintf(out, "; OVHcloud's guides disagree: %s (%s) gives this "
		    "value instead.\n; A domain publishes one SPF record "
		    "only: keep the one above or use this.\n",
		    dns->spf[i].source->title, dns->spf[i].source->date);
		txt(out, "; ", "", e->domain, dns->ttl, dns->spf[i].value);
	}
	notes(out, e, DNS_PART_SPF);
}

/* The target's "<selector>" becomes the selector's whole name. */
static void
dkim_target(FILE *out, const char *target, const char *selector)
{
	const char *mark = strstr(target, "<selector>");

	if (mark == NULL)
		fprintf(out, "%s.\n", target);
	else
		fprintf(out, "%.*s%s%s.\n", (int)(mark - target), target,
		    selector, mark + strlen("<selector>"));
}

static void
dkim(FILE *out, const struct export *e)
{
	const struct dkim *dkim = &e->dns->dkim;
	char selector[128];
	size_t i;

	cite(out, "DKIM", dkim->source);
	fputs("; Turn DKIM on in the OVHcloud Control Panel, then publish the "
	    "records it shows:\n; they have this shape, where <N>, <id> and "
	    "<xx> are the Control Panel's values.\n", out);
	for (i = 0; i < dkim->nselectors; i++) {
		snprintf(selector, sizeof(selector), "%s<N>-%s",
		    dkim->selector_prefix, dkim->selectors[i]);
		fprintf(out, "; %s._domainkey.%s.\t%ld\tIN\t%s\t", selector,
		    e->domain, e->dns->ttl, dkim->type);
		dkim_target(out, dkim->target, selector);
	}
	notes(out, e, DNS_PART_DKIM);
}

static void
dmarc(FILE *out, const struct export *e)
{
	const struct dmarc *dmarc = &e->dns->dmarc;

	cite(out, "DMARC", dmarc->source);
	fprintf(out, "; %s.\n", dmarc->advice);
	txt(out, "", "_dmarc.", e->domain, e->dns->ttl, dmarc->record);
}

static void
srv(FILE *out, const struct export *e, size_t i)
{
	const struct srv *srv = &e->dns->srv[i];

	if (srv->status == STATUS_LEGACY)
		fprintf(out, "; Legacy, %s: %s (%s).\n", srv->reason,
		    srv->source->title, srv->source->date);
	else
		cite(out, srv->service, srv->source);
	fprintf(out, "%s._tcp.%s.\t%ld\tIN\tSRV\t%d %d %d %s.\n",
	    srv->service, e->domain, e->dns->ttl, srv->priority, srv->weight,
	    srv->port, e->srv_hosts[i]);
}

static void
srvs(FILE *out, const struct export *e)
{
	size_t i, legacy = 0;

	for (i = 0; i < e->dns->nsrv; i++) {
		if (e->dns->srv[i].status == STATUS_LEGACY && !e->legacy)
			legacy++;
		else
			srv(out, e, i);
	}
	if (legacy > 0)
		fprintf(out, "; %zu legacy SRV record%s left out: "
		    "\"ovhmail export dns --legacy\" adds %s.\n", legacy,
		    legacy == 1 ? "" : "s", legacy == 1 ? "it" : "them");
}

static void
validation(FILE *out, const struct export *e)
{
	const struct validation *v = &e->dns->validation;

	if (v->name == NULL)
		return;
	cite(out, "Domain validation", v->source);
	fputs("; Only when the domain's zone is not at OVHcloud: <code> is "
	    "the Control Panel's.\n", out);
	fprintf(out, "; %s.%s.\t%ld\tIN\t%s\t%s.\n", v->name, e->domain,
	    e->dns->ttl, v->type, v->target);
	notes(out, e, DNS_PART_VALIDATION);
}

void
export_dns(FILE *out, const struct export *e)
{
	const struct dns_profile *dns = e->dns;
	size_t i;

	export_header(out, ";", "DNS", e, NULL);
	cite(out, "MX", dns->mx_source);
	for (i = 0; i < dns->nmx; i++)
		fprintf(out, "%s.\t%ld\tIN\tMX\t%d %s.\n", e->domain, dns->ttl,
		    dns->mx[i].priority, dns->mx[i].host);
	notes(out, e, DNS_PART_MX);
	spf(out, e);
	dkim(out, e);
	dmarc(out, e);
	srvs(out, e);
	validation(out, e);
}
