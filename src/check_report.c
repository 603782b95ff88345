/* check: the report, as text and json. */
#include <stdarg.h>
#include <string.h>

#include "check.h"
#include "check_report.h"
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
    size_t n, size_t left_out)
{
	size_t i, working = 0;

	for (i = 0; i < n; i++)
		working += results[i].works;
	if (left_out > 0)
		fprintf(out, ngettext("%zu legacy server left out: --legacy "
		    "checks it too.\n", "%zu legacy servers left out: --legacy "
		    "checks them too.\n", left_out), left_out);
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

/* A time in milliseconds, or null when the step was not reached. */
static void
json_ms(struct json_writer *w, const char *key, long ms)
{
	if (ms == CHECK_NOT_MEASURED)
		json_null(w, key);
	else
		json_integer(w, key, ms);
}

static void
json_certificate(struct json_writer *w, const struct check_certificate *c)
{
	if (!c->seen) {
		json_null(w, "certificate");
		return;
	}
	json_open_object(w, "certificate");
	json_string(w, "subject", or_null(c->subject));
	json_string(w, "issuer", or_null(c->issuer));
	json_string(w, "not_after", or_null(c->not_after));
	json_integer(w, "days_left", c->days_left);
	json_close_object(w);
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
	json_string(w, "status", status_name(s->status));
	json_bool(w, "works", result->works);
	json_string(w, "verdict", or_null(result->verdict));
	json_string(w, "hint", or_null(result->hint));
	json_ms(w, "elapsed_ms", result->elapsed_ms);
	json_ms(w, "connect_ms", result->connect_ms);
	json_ms(w, "tls_ms", result->tls_ms);
	json_certificate(w, &result->certificate);
	json_steps(w, result);
	json_close_object(w);
}

void
check_report_json(FILE *out, const struct check_result *results, size_t n,
    size_t left_out)
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
	json_integer(&w, "legacy_left_out", (long long)left_out);
	json_close_object(&w);
	json_end(&w);
}

/*
 * The monitoring plugin's answer (Monitoring Plugins Development
 * Guidelines): "OVHMAIL_CHECK STATUS - text | perfdata" on the first
 * line, where Nagios and Icinga read it, then a line a server.  A '|'
 * starts the performance data wherever it is, so the text takes none
 * from the hosts of the data file or the verdicts that quote servers.
 */
#define PLUGIN_NAME	"OVHMAIL_CHECK"
#define PLUGIN_LINE	4096

static const char *const plugin_words[] = {
	"OK", "WARNING", "CRITICAL", "UNKNOWN"
};

struct plugin_text {
	char	text[PLUGIN_LINE];
	size_t	used;
};

static void
text_add(struct plugin_text *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Appends to the line; what does not fit is left out. */
static void
text_add(struct plugin_text *t, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (t->used >= sizeof(t->text) - 1)
		return;
	va_start(ap, fmt);
	n = vsnprintf(t->text + t->used, sizeof(t->text) - t->used, fmt, ap);
	va_end(ap);
	if (n > 0)
		t->used += (size_t)n < sizeof(t->text) - t->used ? (size_t)n :
		    sizeof(t->text) - t->used - 1;
}

/* The text, with '|' made '/' and what a terminal acts on escaped. */
static void
text_print(FILE *out, struct plugin_text *t)
{
	char *bar;

	while ((bar = strchr(t->text, '|')) != NULL)
		*bar = '/';
	quote_terminal(out, t->text);
}

static bool
is_legacy(const struct check_result *result)
{
	return result->record->server->status == STATUS_LEGACY;
}

static bool
expiring(const struct check_result *result, int days)
{
	return result->certificate.seen &&
	    result->certificate.days_left < days;
}

/* A legacy entry is not what clients should use: at worst, a warning. */
static enum plugin_status
server_status(const struct check_result *result,
    const struct check_options *options)
{
	enum plugin_status status = PLUGIN_OK;

	if (result->local != 0)
		return PLUGIN_UNKNOWN;
	if (!result->works || expiring(result, options->critical_days))
		status = PLUGIN_CRITICAL;
	else if (expiring(result, options->warning_days))
		status = PLUGIN_WARNING;
	if (is_legacy(result) && status == PLUGIN_CRITICAL)
		status = PLUGIN_WARNING;
	return status;
}

static enum plugin_status
plugin_status(const struct check_result *results, size_t n,
    const struct check_options *options)
{
	enum plugin_status worst = PLUGIN_OK, status;
	size_t i;

	for (i = 0; i < n; i++) {
		status = server_status(&results[i], options);
		if (status > worst)
			worst = status;
	}
	return worst;
}

/* What is wrong with a server, in a few words: "IMAP host:993 ...". */
static void
text_trouble(struct plugin_text *t, const struct check_result *result,
    const struct check_options *options)
{
	const struct record *record = result->record;

	if (server_status(result, options) == PLUGIN_OK)
		return;
	text_add(t, "; %s %s:%d ", protocol_label(record->server->protocol),
	    record->host, record->server->port);
	if (!result->works)
		text_add(t, "%sdoes not work", is_legacy(result) ?
		    "(legacy) " : "");
	else
		text_add(t, "certificate expires in %ld days",
		    result->certificate.days_left);
}

/* "5 of 6 servers work; IMAP host:993 does not work" */
static void
text_summary(struct plugin_text *t, const struct check_result *results,
    size_t n, const struct check_options *options)
{
	long soonest = 0;
	size_t i, working = 0, certificates = 0;

	for (i = 0; i < n; i++) {
		working += results[i].works;
		if (!results[i].certificate.seen)
			continue;
		if (certificates++ == 0 ||
		    results[i].certificate.days_left < soonest)
			soonest = results[i].certificate.days_left;
	}
	text_add(t, "%zu of %zu %s", working, n, n == 1 ? "server works" :
	    "servers work");
	if (plugin_status(results, n, options) == PLUGIN_OK &&
	    certificates > 0)
		text_add(t, ", certificates valid for %ld days or more",
		    soonest);
	for (i = 0; i < n; i++)
		text_trouble(t, &results[i], options);
}

/* A label of the performance data: only [a-z0-9._-], so never quoted. */
static void
perf_label(FILE *out, const struct check_result *result, const char *metric)
{
	const struct record *record = result->record;
	const char *c;

	fprintf(out, " '%s_", protocol_name(record->server->protocol));
	for (c = record->host; *c != '\0'; c++) {
		if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') ||
		    *c == '.' || *c == '-')
			putc(*c, out);
		else if (*c >= 'A' && *c <= 'Z')
			putc(*c - 'A' + 'a', out);
		else
			putc('_', out);
	}
	fprintf(out, "_%d_%s'=", record->server->port, metric);
}

/* A time: milliseconds, from 0 to the timeout. */
static void
perf_ms(FILE *out, const struct check_result *result, const char *metric,
    long ms, const struct check_options *options)
{
	if (ms == CHECK_NOT_MEASURED)
		return;
	perf_label(out, result, metric);
	fprintf(out, "%ldms;;;0;%ld", ms, options->timeout * 1000L);
}

/*
 * The certificate's days left, a plain number (days are no unit of the
 * guidelines).  The thresholds "N:" alert below N.
 */
static void
perf_days(FILE *out, const struct check_result *result,
    const struct check_options *options)
{
	if (!result->certificate.seen)
		return;
	perf_label(out, result, "cert_days");
	fprintf(out, "%ld;%d:;%d:;;", result->certificate.days_left,
	    options->warning_days, options->critical_days);
}

static void
perfdata(FILE *out, const struct check_result *results, size_t n,
    const struct check_options *options)
{
	size_t i;

	fputs(" |", out);
	for (i = 0; i < n; i++) {
		perf_ms(out, &results[i], "time", results[i].elapsed_ms,
		    options);
		perf_ms(out, &results[i], "connect", results[i].connect_ms,
		    options);
		perf_ms(out, &results[i], "tls", results[i].tls_ms, options);
		perf_days(out, &results[i], options);
	}
}

/* A server's line: its status, what came of its check, its certificate. */
static void
plugin_detail(FILE *out, const struct check_result *result,
    const struct check_options *options)
{
	const struct record *record = result->record;
	const struct check_certificate *c = &result->certificate;
	struct plugin_text t = { "", 0 };

	text_add(&t, "[%s] %s %s port %d (%s%s): ",
	    plugin_words[server_status(result, options)],
	    protocol_label(record->server->protocol), record->host,
	    record->server->port, security_label(record->server->security),
	    is_legacy(result) ? ", legacy" : "");
	if (!result->works)
		text_add(&t, "does not work: %s", result->verdict);
	else
		text_add(&t, "works in %ld ms", result->elapsed_ms);
	if (c->seen)
		text_add(&t, "; certificate valid until %s, %ld days left",
		    c->not_after, c->days_left);
	text_print(out, &t);
	putc('\n', out);
}

enum plugin_status
check_report_nagios(FILE *out, const struct check_result *results, size_t n,
    const struct check_options *options)
{
	enum plugin_status status = plugin_status(results, n, options);
	struct plugin_text t = { "", 0 };
	size_t i;

	text_summary(&t, results, n, options);
	fprintf(out, "%s %s - ", PLUGIN_NAME, plugin_words[status]);
	text_print(out, &t);
	perfdata(out, results, n, options);
	putc('\n', out);
	for (i = 0; i < n; i++)
		plugin_detail(out, &results[i], options);
	return status;
}
