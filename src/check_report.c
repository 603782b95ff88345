/* check: the report, as text and json. */
#include <stdarg.h>
#include <string.h>

#include "check.h"
#include "format.h"
#include "i18n.h"
#include "quote.h"
#include "utf8.h"

/*
 * The text report holds what servers sent (greetings, replies, names in
 * certificates) and hosts from the data file: a line of it goes out with
 * every character a terminal would act on escaped (quote_terminal()).
 */
static void
print_line(FILE *out, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
print_line(FILE *out, const char *fmt, ...)
{
	char line[1024];
	va_list ap;
	size_t n;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	n = strlen(line);
	if (n > 0 && line[n - 1] == '\n') {
		line[n - 1] = '\0';
		quote_terminal(out, line);
		putc('\n', out);
	} else
		quote_terminal(out, line);
}

/* The json report's word; the text report shows its translation. */
static const char *
status_word(enum step_status status)
{
	switch (status) {
	case STEP_OK:
		return N_("ok");
	case STEP_NOTE:
		return N_("note");
	case STEP_FAIL:
		break;
	}
	return N_("FAIL");
}

/* Green, yellow and red, on a terminal that allows colour. */
static const char *
status_colour(enum step_status status)
{
	switch (status) {
	case STEP_OK:
		return "\033[32m";
	case STEP_NOTE:
		return "\033[33m";
	case STEP_FAIL:
		break;
	}
	return "\033[31m";
}

static void
heading(FILE *out, const struct record *record, bool colour)
{
	const struct server *s = record->server;

	fputs(colour ? "\033[1m" : "", out);
	print_line(out, _("%s %s port %d (%s)"), protocol_label(s->protocol),
	    record->host, s->port, security_label(s->security));
	fputs(colour ? "\033[0m\n" : "\n", out);
}

void
check_report_text(FILE *out, const struct check_result *result, bool colour)
{
	const struct step *step;
	const char *word;
	size_t i;

	heading(out, result->record, colour);
	for (i = 0; i < result->nsteps; i++) {
		step = &result->steps[i];
		fprintf(out, "  %s", colour ? status_colour(step->status) : "");
		word = gettext(status_word(step->status));
		fputs(word, out);
		utf8_pad(out, word, 4);
		fprintf(out, "%s  %-12s  ", colour ? "\033[0m" : "",
		    step->name);
		print_line(out, "%s\n", step->detail);
	}
	if (result->works)
		fputs(_("  => works\n"), out);
	else
		print_line(out, _("  => does not work: %s\n"),
		    result->verdict);
	if (result->hint[0] != '\0')
		print_line(out, _("  => hint: %s\n"), result->hint);
	putc('\n', out);
}

void
check_report_summary(FILE *out, const struct check_result *results,
    size_t n)
{
	size_t i, working = 0;

	for (i = 0; i < n; i++)
		working += results[i].works;
	fprintf(out, ngettext("%zu of %zu server works from here.\n",
	    "%zu of %zu servers work from here.\n", n), working, n);
}

static void
json_field(FILE *out, const char *indent, const char *key, const char *value,
    bool last)
{
	fprintf(out, "%s", indent);
	json_print_string(out, key);
	fputs(": ", out);
	if (value == NULL || value[0] == '\0')
		fputs("null", out);
	else
		json_print_string(out, value);
	fputs(last ? "\n" : ",\n", out);
}

static void
json_steps(FILE *out, const struct check_result *result)
{
	size_t i;

	fputs("      \"steps\": [\n", out);
	for (i = 0; i < result->nsteps; i++) {
		fputs("        {\n", out);
		json_field(out, "          ", "step", result->steps[i].name,
		    false);
		json_field(out, "          ", "status",
		    status_word(result->steps[i].status), false);
		json_field(out, "          ", "detail", result->steps[i].detail,
		    true);
		fputs(i + 1 < result->nsteps ? "        },\n" : "        }\n",
		    out);
	}
	fputs("      ]\n", out);
}

static void
json_result(FILE *out, const struct check_result *result)
{
	const struct record *record = result->record;
	const struct server *s = record->server;

	fputs("    {\n", out);
	json_field(out, "      ", "protocol", protocol_name(s->protocol),
	    false);
	json_field(out, "      ", "host", record->host, false);
	fprintf(out, "      \"port\": %d,\n", s->port);
	json_field(out, "      ", "security", security_name(s->security),
	    false);
	fprintf(out, "      \"ssl\": %s,\n", s->ssl ? "true" : "false");
	fprintf(out, "      \"works\": %s,\n", result->works ? "true" : "false");
	json_field(out, "      ", "verdict", result->verdict, false);
	json_field(out, "      ", "hint", result->hint, false);
	json_steps(out, result);
	fputs("    }", out);
}

void
check_report_json(FILE *out, const struct check_result *results, size_t n)
{
	size_t i, working = 0;

	fputs("{\n  \"servers\": [\n", out);
	for (i = 0; i < n; i++) {
		json_result(out, &results[i]);
		fputs(i + 1 < n ? ",\n" : "\n", out);
		working += results[i].works;
	}
	fprintf(out, "  ],\n  \"checked\": %zu,\n  \"working\": %zu\n}\n", n,
	    working);
}
