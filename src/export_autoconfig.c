/*
 * Thunderbird's autoconfig file, config-v1.1.xml, as a domain serves it at
 * https://autoconfig.DOMAIN/mail/config-v1.1.xml.  Every server of the
 * offer with TLS is listed, in the table's order: Thunderbird takes the
 * first of each kind and offers the others.  The unencrypted ones only
 * with --allow-plaintext: the autoconfig draft deprecates "plain", and
 * some readers (Thunderbird for Android) drop the whole file for it.
 * Thunderbird reads the provider id and each domain as an ASCII host name
 * and refuses the file otherwise: the domain goes in as its A-label.
 */
#include "export.h"
#include "quote.h"

static const char *
socket_type(enum security security)
{
	switch (security) {
	case SECURITY_SSL:
		return "SSL";
	case SECURITY_STARTTLS:
		return "STARTTLS";
	case SECURITY_NONE:
		break;
	}
	return "plain";
}

static void
element(FILE *out, const char *indent, const char *name, const char *text)
{
	fprintf(out, "%s<%s>", indent, name);
	quote_xml(out, text);
	fprintf(out, "</%s>\n", name);
}

static void
server(FILE *out, const struct record *record, const char *username)
{
	const struct server *s = record->server;
	const char *kind = s->protocol == PROTOCOL_SMTP ?
	    "outgoingServer" : "incomingServer";

	fprintf(out, "    <%s type=\"%s\">\n", kind, protocol_name(s->protocol));
	element(out, "      ", "hostname", record->host);
	fprintf(out, "      <port>%d</port>\n", s->port);
	element(out, "      ", "socketType", socket_type(s->security));
	element(out, "      ", "authentication", s->auth_required ?
	    auth_method_name(s->auth_method) : "none");
	element(out, "      ", "username", username);
	fprintf(out, "    </%s>\n", kind);
}

void
export_autoconfig(FILE *out, const struct export *e)
{
	const struct offer *offer = e->answer->offer;
	const struct record *record;
	size_t i;

	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
	fputs("<!-- " EXPORT_MADE_BY " -->\n", out);
	fputs("<clientConfig version=\"1.1\">\n  <emailProvider id=\"", out);
	quote_xml(out, e->domain);
	fputs("\">\n", out);
	element(out, "    ", "domain", e->domain);
	fputs("    <displayName>OVHcloud ", out);
	quote_xml(out, offer->name);
	fputs("</displayName>\n", out);
	element(out, "    ", "displayShortName", "OVHcloud");
	for (i = 0; i < e->answer->count; i++) {
		record = &e->answer->records[i];
		if (!export_lists(e, record))
			continue;
		if (record->server->security == SECURITY_NONE)
			export_plaintext_warning(out, "    <!--", " -->", record);
		server(out, record, e->email != NULL ? e->email :
		    "%EMAILADDRESS%");
	}
	fputs("  </emailProvider>\n</clientConfig>\n", out);
}
