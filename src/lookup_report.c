/* The lookups and webmail as text: a record, a table, an address. */
#include <string.h>

#include "lookup_report.h"
#include "i18n.h"
#include "problem.h"
#include "quote.h"
#include "text_layout.h"
#include "utf8.h"

/* The names OVHcloud's guides and most mail clients use. */
static const char *
auth_label(const struct server *server)
{
	if (!server->auth_required)
		return _("not required");
	switch (server->auth_method) {
	case AUTH_PASSWORD_CLEARTEXT:
		return _("required, normal password");
	case AUTH_PASSWORD_ENCRYPTED:
		break;
	}
	return _("required, encrypted password");
}




static size_t
max(size_t a, size_t b)
{
	return a > b ? a : b;
}

static void
label(FILE *out, bool colour, const char *name, size_t width)
{
	fputs("  ", out);
	text_bold(out, colour, name);
	utf8_pad(out, name, width);
}


static const char *
username_label(const char *username)
{
	return username != NULL ? username : _("the full e-mail address");
}


static void
print_aliases(FILE *out, const struct server *server)
{
	size_t i;

	for (i = 0; i < server->naliases; i++) {
		if (i > 0)
			fputs(", ", out);
		quote_terminal(out, server->aliases[i]);
	}
	putc('\n', out);
}

/* "legacy: current OVHcloud guides list SSL/TLS only" */
static void
print_status(FILE *out, const struct server *server)
{
	if (server->status == STATUS_LEGACY) {
		fputs(_("legacy: "), out);
		quote_terminal(out, gettext(server->reason));
	} else
		fputs(_("current"), out);
	putc('\n', out);
}

void
text_record(FILE *out, const struct record *record, bool colour)
{
	const struct server *server = record->server;
	const char *names[] = { _("Server:"), _("Also named:"), _("Port:"),
		_("Security:"), _("Status:"), _("Authentication:"),
		_("Username:"), _("Source:") };
	size_t width = text_widest(names, NELEMS(names)) + 1;
	char tail[64];

	snprintf(tail, sizeof(tail), ": %s", protocol_label(server->protocol));
	text_heading(out, colour, record->offer, record->region, tail);
	label(out, colour, names[0], width);
	quote_terminal(out, record->host);
	putc('\n', out);
	if (server->naliases > 0) {
		label(out, colour, names[1], width);
		print_aliases(out, server);
	}
	label(out, colour, names[2], width);
	fprintf(out, "%d\n", server->port);
	label(out, colour, names[3], width);
	fprintf(out, "%s\n", security_label(server->security));
	label(out, colour, names[4], width);
	print_status(out, server);
	label(out, colour, names[5], width);
	fprintf(out, "%s\n", auth_label(server));
	label(out, colour, names[6], width);
	fprintf(out, "%s\n", username_label(record->username));
	label(out, colour, names[7], width);
	text_source_line(out, server->source);
}

/* A column of the table: WIDTH wide, or as wide as TEXT in the last one. */
static void
cell(FILE *out, const char *text, size_t width, bool right)
{
	if (right)
		utf8_pad(out, text, width);
	quote_terminal(out, text);
	if (!right)
		utf8_pad(out, text, width);
	if (width > 0)
		fputs("  ", out);
}

/* Whether an earlier record of the table already had the same note. */
static bool
said_before(const struct answer *answer, size_t n, bool aliases)
{
	const struct server *server = answer->records[n].server, *other;
	size_t i;

	for (i = 0; i < n; i++) {
		other = answer->records[i].server;
		if (!aliases && other->status == STATUS_LEGACY &&
		    strcmp(other->reason, server->reason) == 0)
			return true;
		if (aliases && other->naliases > 0 &&
		    strcmp(other->aliases[0], server->aliases[0]) == 0 &&
		    other->protocol == server->protocol)
			return true;
	}
	return false;
}

/* The hosts' other names, once a protocol, and why rows are legacy. */
static void
table_notes(FILE *out, const struct answer *answer)
{
	const struct record *record;
	size_t i;

	for (i = 0; i < answer->count; i++) {
		record = &answer->records[i];
		if (record->server->naliases == 0 || said_before(answer, i, true))
			continue;
		fprintf(out, "%s ", protocol_label(record->server->protocol));
		quote_terminal(out, record->host);
		fputs(_(" is also named: "), out);
		print_aliases(out, record->server);
	}
	for (i = 0; i < answer->count; i++) {
		record = &answer->records[i];
		if (record->server->status == STATUS_LEGACY &&
		    !said_before(answer, i, false)) {
			fputs(_("Legacy: "), out);
			quote_terminal(out, gettext(record->server->reason));
			putc('\n', out);
		}
	}
}

/* Services beside IMAP, POP3 and SMTP, such as Zimbra Pro's ActiveSync. */
static void
table_services(FILE *out, const struct answer *answer)
{
	const struct offer *offer = answer->offer;
	const struct service *service;
	size_t i;

	for (i = 0; i < offer->nservices; i++) {
		service = &offer->services[i];
		if (service->region != answer->region)
			continue;
		quote_terminal(out, service->name);
		if (service->plan != NULL) {
			fputs(" (", out);
			quote_terminal(out, service->plan);
			fputs(_(" only"), out);
			putc(')', out);
		}
		fputs(": ", out);
		quote_terminal(out, service->host);
		fprintf(out, _(", port %d, %s\n"), service->port,
		    security_label(service->security));
	}
}

void
text_table(FILE *out, const struct answer *answer, bool colour)
{
	const struct record *record;
	const char *title[] = { _("PROTOCOL"), _("SSL"), _("SERVER"),
		_("PORT"), _("SECURITY"), _("AUTHENTICATION"), _("STATUS") };
	const char *on = _("on"), *off = _("off");
	size_t width[] = { 8, 3, 0, 5, 8, 0, 0 };
	size_t i, column;

	/* Translated words may be wider than the English ones. */
	for (column = 0; column < NELEMS(title); column++)
		width[column] = max(width[column], utf8_columns(title[column]));
	width[1] = max(width[1], max(utf8_columns(on), utf8_columns(off)));
	for (i = 0; i < answer->count; i++) {
		record = &answer->records[i];
		width[2] = max(width[2], strlen(record->host));
		width[4] = max(width[4],
		    utf8_columns(security_label(record->server->security)));
		width[5] = max(width[5],
		    utf8_columns(auth_label(record->server)));
	}
	text_heading(out, colour, answer->offer, answer->region, "");
	if (colour)
		fputs("\033[1m", out);
	for (column = 0; column < NELEMS(title); column++)
		cell(out, title[column], column + 1 == NELEMS(title) ? 0 :
		    width[column], column == 3);
	fputs(colour ? "\033[0m\n" : "\n", out);
	for (i = 0; i < answer->count; i++) {
		record = &answer->records[i];
		cell(out, protocol_label(record->server->protocol), width[0],
		    false);
		cell(out, record->server->ssl ? on : off, width[1], false);
		cell(out, record->host, width[2], false);
		fprintf(out, "%*d  ", (int)width[3], record->server->port);
		cell(out, security_label(record->server->security), width[4],
		    false);
		cell(out, auth_label(record->server), width[5], false);
		cell(out, record->server->status == STATUS_LEGACY ?
		    _("legacy") : _("current"), 0, false);
		putc('\n', out);
	}
	fputs(_("Username: "), out);
	quote_terminal(out, username_label(answer->count > 0 ?
	    answer->records[0].username : NULL));
	putc('\n', out);
	table_notes(out, answer);
	table_services(out, answer);
}





/*
 * OVHcloud's site has a page per subsidiary: the table gives the English
 * one, /en-gb/ or /en/, and the translation names the user's.
 */
void
text_webmail(FILE *out, const struct offer *offer)
{
	static const char site[] = "https://www.ovhcloud.com/";
	static const char *const english[] = { "en-gb/", "en/" };
	/* TRANSLATORS: the part of www.ovhcloud.com's addresses that names
	   the site in your language, as in https://www.ovhcloud.com/fr/mail/
	   ("en-gb" if OVHcloud has no site in your language). */
	const char *local = _("en-gb");
	const char *rest;
	size_t i;

	if (strncmp(offer->webmail, site, sizeof(site) - 1) == 0 &&
	    strcmp(local, "en-gb") != 0 && strchr(local, '/') == NULL)
		for (i = 0; i < NELEMS(english); i++) {
			rest = offer->webmail + sizeof(site) - 1;
			if (strncmp(rest, english[i], strlen(english[i])) != 0)
				continue;
			fprintf(out, "%s%s/", site, local);
			quote_terminal(out, rest + strlen(english[i]));
			putc('\n', out);
			return;
		}
	quote_terminal(out, offer->webmail);
	putc('\n', out);
}



