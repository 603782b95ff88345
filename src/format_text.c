/* The text format of lookups, limits, webmail and explain. */
#include <string.h>

#include "explain.h"
#include "format.h"
#include "guide.h"
#include "i18n.h"
#include "problem.h"
#include "quote.h"
#include "utf8.h"

#define WIDTH	76	/* where explanations wrap */

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

static void
bold(FILE *out, bool colour, const char *text)
{
	if (colour)
		fputs("\033[1m", out);
	quote_terminal(out, text);
	if (colour)
		fputs("\033[0m", out);
}

static size_t
max(size_t a, size_t b)
{
	return a > b ? a : b;
}

#define NELEMS(array)	(sizeof(array) / sizeof((array)[0]))

/* The columns the widest text takes: labels line up after it. */
static size_t
widest(const char *const *texts, size_t count)
{
	size_t i, width = 0;

	for (i = 0; i < count; i++)
		width = max(width, utf8_columns(texts[i]));
	return width;
}

static void
label(FILE *out, bool colour, const char *name, size_t width)
{
	fputs("  ", out);
	bold(out, colour, name);
	utf8_pad(out, name, width);
}

static void
heading(FILE *out, bool colour, const struct offer *offer,
    const struct region *region, const char *tail)
{
	char text[512];

	snprintf(text, sizeof(text), "%s, %s%s", offer->name,
	    gettext(region->name), tail);
	bold(out, colour, text);
	putc('\n', out);
}

static const char *
username_label(const char *username)
{
	return username != NULL ? username : _("the full e-mail address");
}

/* "TITLE (DATE)" and a new line. */
static void
source_line(FILE *out, const struct source *source)
{
	quote_terminal(out, source->title);
	fputs(" (", out);
	quote_terminal(out, source->date);
	fputs(")\n", out);
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
	size_t width = widest(names, NELEMS(names)) + 1;
	char tail[64];

	snprintf(tail, sizeof(tail), ": %s", protocol_label(server->protocol));
	heading(out, colour, record->offer, record->region, tail);
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
	source_line(out, server->source);
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
	heading(out, colour, answer->offer, answer->region, "");
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

/* Prints the text in lines of at most WIDTH, after a hanging label. */
static void
wrapped(FILE *out, bool colour, const char *name, size_t indent,
    const char *text)
{
	size_t column, word;

	bold(out, colour, name);
	utf8_pad(out, name, indent);
	column = indent;
	while (*text != '\0') {
		word = strcspn(text, " ");
		if (column > indent && column + 1 + word > WIDTH) {
			fprintf(out, "\n%*s", (int)indent, "");
			column = indent;
		} else if (column > indent) {
			putc(' ', out);
			column++;
		}
		quote_terminal_n(out, text, word);
		column += utf8_columns_n(text, word);
		text += word;
		text += strspn(text, " ");
	}
	putc('\n', out);
}

static void
offer_list(char *buffer, size_t size, const struct known_error *error)
{
	size_t i;

	buffer[0] = '\0';
	for (i = 0; i < error->noffers; i++)
		problem_list_append(buffer, size, error->offers[i]);
}

/*
 * One finding.  The data file's English texts go through gettext(3): po/
 * holds their translations too.  Only the recipient comes from the input,
 * and the reader let through no control character in it.
 */
static void
text_finding(FILE *out, const struct error_book *book,
    const struct finding *f, bool colour)
{
	const char *names[] = { _("Recipient:"), _("Meaning:"), _("Fix:"),
		_("Offers:"), _("Source:"), _("Kind:") };
	size_t indent = widest(names, NELEMS(names)) + 1;
	const struct known_error *e = f->error;
	char text[2048], title[64];

	if (e != NULL)
		bold(out, colour, e->reply);
	else {
		snprintf(title, sizeof(title), "%s%s%s", f->code,
		    f->code[0] != '\0' && f->status[0] != '\0' ? " " : "",
		    f->status);
		bold(out, colour, title);
	}
	putc('\n', out);
	if (f->recipient[0] != '\0')
		wrapped(out, colour, names[0], indent, f->recipient);
	if (e == NULL) {
		explain_generic(book, f, true, text, sizeof(text));
		wrapped(out, colour, names[1], indent, text);
		wrapped(out, colour, names[5], indent, _("generic: what the "
		    "standards say the codes mean, not advice from OVHcloud"));
		explain_generic_sources(book, f, text, sizeof(text));
		wrapped(out, colour, names[4], indent, text);
		return;
	}
	wrapped(out, colour, names[1], indent, gettext(e->meaning));
	wrapped(out, colour, names[2], indent, gettext(e->fix));
	offer_list(text, sizeof(text), e);
	wrapped(out, colour, names[3], indent, text);
	snprintf(text, sizeof(text), "%s (%s)", e->source->title,
	    e->source->date);
	wrapped(out, colour, names[4], indent, text);
}

void
text_findings(FILE *out, const struct error_book *book,
    const struct explanation *found, bool colour)
{
	size_t i;

	for (i = 0; i < found->count; i++) {
		if (i > 0)
			putc('\n', out);
		text_finding(out, book, &found->findings[i], colour);
	}
	if (found->left_out > 0)
		fprintf(out, _("\n(%zu more findings left out)\n"),
		    found->left_out);
}

void
text_webmail(FILE *out, const struct offer *offer)
{
	quote_terminal(out, offer->webmail);
	putc('\n', out);
}

void
text_guide(FILE *out, const struct guide *guide, bool colour)
{
	const struct guide_step *step;
	char number[32], tail[256];
	size_t i;

	snprintf(tail, sizeof(tail), ": %s", guide->client->name);
	heading(out, colour, guide->offer, guide->region, tail);
	for (i = 0; i < guide->count; i++) {
		step = &guide->steps[i];
		snprintf(number, sizeof(number), "%zu.", i + 1);
		wrapped(out, colour, number, 4, step->text);
		if (step->field == NULL)
			continue;
		fputs("    ", out);
		bold(out, colour, step->field);
		fputs(": ", out);
		quote_terminal(out, step->value);
		putc('\n', out);
	}
	bold(out, colour, _("Sources:"));
	putc('\n', out);
	for (i = 0; i < guide->count; i++)
		if (guide_first_citation(guide, i)) {
			fputs("  ", out);
			source_line(out, guide->steps[i].source);
		}
}

static void
print_quota(FILE *out, const struct offer *offer, size_t n)
{
	const struct quota *quota = &offer->limits.quotas[n];

	if (quota->plan != NULL) {
		quote_terminal(out, quota->plan);
		fputs(": ", out);
	}
	quote_terminal(out, quota->size);
	fputs(" (", out);
	quote_terminal(out, quota->source->title);
	fputs(", ", out);
	quote_terminal(out, quota->source->date);
	putc(')', out);
}

/* Quotas for the same plan that disagree are shown together. */
void
text_limits(FILE *out, const struct offer *offer, bool colour)
{
	const struct limits *limits = &offer->limits;
	const struct sending_limit *limit;
	size_t i, j;

	bold(out, colour, offer->name);
	putc('\n', out);
	for (i = 0; i < limits->nsending; i++) {
		limit = &limits->sending[i];
		fputs("  ", out);
		fprintf(out, limit->scope == LIMIT_ACCOUNT ?
		    _("Sending: %ld messages an hour per account") :
		    _("Sending: %ld messages an hour per IP address"),
		    limit->per_hour);
		fputs(" (", out);
		quote_terminal(out, limit->source->title);
		fputs(", ", out);
		quote_terminal(out, limit->source->date);
		fputs(")\n", out);
	}
	for (i = 0; i < limits->nquotas; i++) {
		if (quota_first(offer, i) != i)
			continue;
		fputs("  ", out);
		fputs(_("Quota: "), out);
		print_quota(out, offer, i);
		for (j = i + 1; j < limits->nquotas; j++)
			if (quota_first(offer, j) == i) {
				fputs(_(" or "), out);
				print_quota(out, offer, j);
			}
		if (quota_disputed(offer, i))
			fputs(_(": OVHcloud's guides disagree"), out);
		putc('\n', out);
	}
}
