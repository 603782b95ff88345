#include <string.h>

#include "format.h"
#include "guide.h"
#include "i18n.h"
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

	snprintf(text, sizeof(text), "%s%s%s%s", offer->name,
	    region ? ", " : "", region ? gettext(region->name) : "", tail);
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

void
text_record(FILE *out, const struct record *record, bool colour)
{
	const struct server *server = record->server;
	const char *names[] = { _("Server:"), _("Port:"), _("Security:"),
		_("Authentication:"), _("Username:"), _("Source:") };
	char port[16], tail[64];
	const char *values[] = { record->host, port,
		security_label(server->security), auth_label(server),
		username_label(record->username) };
	size_t i, width = widest(names, NELEMS(names)) + 1;

	snprintf(port, sizeof(port), "%d", server->port);
	snprintf(tail, sizeof(tail), ": %s", protocol_label(server->protocol));
	heading(out, colour, record->offer, record->region, tail);
	for (i = 0; i < NELEMS(values); i++) {
		label(out, colour, names[i], width);
		quote_terminal(out, values[i]);
		putc('\n', out);
	}
	label(out, colour, names[i], width);
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

void
text_table(FILE *out, const struct answer *answer, bool colour)
{
	const struct record *record;
	const char *title[] = { _("PROTOCOL"), _("SSL"), _("SERVER"),
		_("PORT"), _("SECURITY"), _("AUTHENTICATION") };
	const char *on = _("on"), *off = _("off");
	size_t width[] = { 8, 3, 0, 5, 8, 0 };
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
		cell(out, auth_label(record->server), 0, false);
		putc('\n', out);
	}
	fputs(_("Username: "), out);
	quote_terminal(out, username_label(answer->count > 0 ?
	    answer->records[0].username : NULL));
	putc('\n', out);
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

/* The data file's English text: po/ may hold its translation too. */
void
text_error(FILE *out, const struct known_error *error, bool colour)
{
	const char *names[] = { _("Meaning:"), _("Fix:"), _("Source:") };
	size_t indent = widest(names, NELEMS(names)) + 1;

	bold(out, colour, error->reply);
	putc('\n', out);
	wrapped(out, colour, names[0], indent, gettext(error->meaning));
	wrapped(out, colour, names[1], indent, gettext(error->fix));
	wrapped(out, colour, names[2], indent, error->source->title);
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
