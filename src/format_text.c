#include <string.h>

#include "format.h"

#define WIDTH	76	/* where explanations wrap */

/* The names OVHcloud's guides and most mail clients use. */
static const char *
auth_label(const struct server *server)
{
	if (!server->auth_required)
		return "not required";
	switch (server->auth_method) {
	case AUTH_PASSWORD_CLEARTEXT:
		return "required, normal password";
	case AUTH_PASSWORD_ENCRYPTED:
		break;
	}
	return "required, encrypted password";
}

static void
bold(FILE *out, bool colour, const char *text)
{
	if (colour)
		fprintf(out, "\033[1m%s\033[0m", text);
	else
		fputs(text, out);
}

static void
label(FILE *out, bool colour, const char *name)
{
	fputs("  ", out);
	bold(out, colour, name);
	fprintf(out, "%*s", (int)(16 - strlen(name)), "");
}

static void
heading(FILE *out, bool colour, const struct offer *offer,
    const struct region *region, const char *tail)
{
	char text[512];

	snprintf(text, sizeof(text), "%s%s%s%s", offer->name,
	    region ? ", " : "", region ? region->name : "", tail);
	bold(out, colour, text);
	putc('\n', out);
}

static const char *
username_label(const char *username)
{
	return username != NULL ? username : "the full e-mail address";
}

void
text_record(FILE *out, const struct record *record, bool colour)
{
	const struct server *server = record->server;
	char tail[64];

	snprintf(tail, sizeof(tail), ": %s", protocol_label(server->protocol));
	heading(out, colour, record->offer, record->region, tail);
	label(out, colour, "Server:");
	fprintf(out, "%s\n", record->host);
	label(out, colour, "Port:");
	fprintf(out, "%d\n", server->port);
	label(out, colour, "Security:");
	fprintf(out, "%s\n", security_label(server->security));
	label(out, colour, "Authentication:");
	fprintf(out, "%s\n", auth_label(server));
	label(out, colour, "Username:");
	fprintf(out, "%s\n", username_label(record->username));
	label(out, colour, "Source:");
	fprintf(out, "%s (%s)\n", server->source->title, server->source->date);
}

void
text_table(FILE *out, const struct answer *answer, bool colour)
{
	const struct record *record;
	size_t i, width = strlen("SERVER");
	char header[128];

	for (i = 0; i < answer->count; i++)
		if (strlen(answer->records[i].host) > width)
			width = strlen(answer->records[i].host);
	heading(out, colour, answer->offer, answer->region, "");
	snprintf(header, sizeof(header), "%-8s  %-3s  %-*s  %5s  %-8s  %s",
	    "PROTOCOL", "SSL", (int)width, "SERVER", "PORT", "SECURITY",
	    "AUTHENTICATION");
	bold(out, colour, header);
	putc('\n', out);
	for (i = 0; i < answer->count; i++) {
		record = &answer->records[i];
		fprintf(out, "%-8s  %-3s  %-*s  %5d  %-8s  %s\n",
		    protocol_label(record->server->protocol),
		    record->server->ssl ? "on" : "off", (int)width,
		    record->host, record->server->port,
		    security_label(record->server->security),
		    auth_label(record->server));
	}
	fprintf(out, "Username: %s\n",
	    username_label(answer->count > 0 ?
	    answer->records[0].username : NULL));
}

/* Prints the text in lines of at most WIDTH, after a hanging label. */
static void
wrapped(FILE *out, bool colour, const char *name, const char *text)
{
	size_t column, word;

	bold(out, colour, name);
	fprintf(out, "%*s", (int)(9 - strlen(name)), "");
	column = 9;
	while (*text != '\0') {
		word = strcspn(text, " ");
		if (column > 9 && column + 1 + word > WIDTH) {
			fprintf(out, "\n%9s", "");
			column = 9;
		} else if (column > 9) {
			putc(' ', out);
			column++;
		}
		fwrite(text, 1, word, out);
		column += word;
		text += word;
		text += strspn(text, " ");
	}
	putc('\n', out);
}

void
text_error(FILE *out, const struct known_error *error, bool colour)
{
	bold(out, colour, error->reply);
	putc('\n', out);
	wrapped(out, colour, "Meaning:", error->meaning);
	wrapped(out, colour, "Fix:", error->fix);
	wrapped(out, colour, "Source:", error->source->title);
}

void
text_webmail(FILE *out, const struct offer *offer)
{
	fprintf(out, "%s\n", offer->webmail);
}
