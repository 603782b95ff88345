/* check: the report, as text and json. */
#include <stdarg.h>
#include <string.h>

#include "check.h"
#include "json_write.h"
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

/* An empty text is said as null, as no verdict or hint at all is. */
static const char *
or_null(const char *text)
{
	return text == NULL || text[0] == '\0' ? NULL : text;
}

static void
json_steps(struct json_writer *w, const struct check_result *result)
{
	size_t i;

	json_open_array(w, "steps");
	for (i = 0; i < result->nsteps; i++) {
		json_open_object(w, NULL);
		json_string(w, "step", or_null(result->steps[i].name));
		json_string(w, "status", status_word(result->steps[i].status));
		json_string(w, "detail", or_null(result->steps[i].detail));
		json_close_object(w);
	}
	json_close_array(w);
}

static void
json_result(struct json_writer *w, const struct check_result *result)
{
	const struct record *record = result->record;
	const struct server *s = record->server;

	json_open_object(w, NULL);
	json_string(w, "protocol", protocol_name(s->protocol));
	json_string(w, "host", or_null(record->host));
	json_integer(w, "port", s->port);
	json_string(w, "security", security_name(s->security));
	json_bool(w, "ssl", s->ssl);
	json_bool(w, "works", result->works);
	json_string(w, "verdict", or_null(result->verdict));
	json_string(w, "hint", or_null(result->hint));
	json_steps(w, result);
	json_close_object(w);
}

void
check_report_json(FILE *out, const struct check_result *results, size_t n)
{
	struct json_writer w;
	size_t i, working = 0;

	json_start(&w, out);
	json_open_object(&w, NULL);
	json_open_array(&w, "servers");
	for (i = 0; i < n; i++) {
		json_result(&w, &results[i]);
		working += results[i].works;
	}
	json_close_array(&w);
	json_integer(&w, "checked", (long long)n);
	json_integer(&w, "working", (long long)working);
	json_close_object(&w);
	json_end(&w);
}
