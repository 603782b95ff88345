/*
 * Zone-file lines for a domain whose mail OVHcloud hosts: MX, SPF, the
 * SRV records of RFC 6186 and RFC 8314 that let clients find the servers,
 * and _autodiscover where OVHcloud documents one.  Names are absolute, so
 * the lines can go into any zone file whatever its $ORIGIN.
 */
#include "export.h"

/* RFC 6186 and RFC 8314 names; NULL where no record fits. */
static const char *
service(const struct server *server)
{
	bool tls = server->security == SECURITY_SSL;

	if (server->security == SECURITY_NONE)
		return NULL;
	switch (server->protocol) {
	case PROTOCOL_IMAP:
		return tls ? "_imaps" : "_imap";
	case PROTOCOL_POP3:
		return tls ? "_pop3s" : "_pop3";
	case PROTOCOL_SMTP:
	case PROTOCOL_COUNT:
		break;
	}
	return tls ? "_submissions" : "_submission";
}

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
srv(FILE *out, const char *label, const char *domain, long ttl, int port,
    const char *host)
{
	fprintf(out, "%s._tcp.%s.\t%ld\tIN\tSRV\t0 1 %d %s.\n", label, domain,
	    ttl, port, host);
}

void
export_dns(FILE *out, const struct export *e)
{
	const struct dns *dns = &e->data->dns;
	const struct record *record;
	const char *label;
	size_t i;

	export_header(out, ";", "DNS", e, NULL);
	fprintf(out, "; MX: %s (%s). SPF: %s (%s).\n", dns->mx_source->title,
	    dns->mx_source->date, dns->spf_source->title, dns->spf_source->date);
	for (i = 0; i < dns->nmx; i++)
		fprintf(out, "%s.\t%ld\tIN\tMX\t%d %s.\n", e->domain, dns->ttl,
		    dns->mx[i].priority, dns->mx[i].host);
	fprintf(out, "%s.\t%ld\tIN\tTXT\t", e->domain, dns->ttl);
	quote_zone(out, dns->spf);
	putc('\n', out);
	fputs("; SRV (RFC 6186, RFC 8314): servers without TLS get no record.\n",
	    out);
	for (i = 0; i < e->answer->count; i++) {
		record = &e->answer->records[i];
		if ((label = service(record->server)) != NULL)
			srv(out, label, e->domain, dns->ttl,
			    record->server->port, record->host);
	}
	if (e->autodiscover[0] != '\0') {
		fprintf(out, "; Autodiscover: %s (%s).\n",
		    e->answer->offer->autodiscover.source->title,
		    e->answer->offer->autodiscover.source->date);
		srv(out, "_autodiscover", e->domain, dns->ttl,
		    e->answer->offer->autodiscover.port, e->autodiscover);
	}
}
