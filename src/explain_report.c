/* explain's report: each finding as it is found, or the summary, as text and as json. */
#include <stdio.h>
#include <string.h>

#include "explain_report.h"
#include "format.h"
#include "i18n.h"
#include "json_write.h"
#include "problem.h"
#include "quote.h"
#include "text_layout.h"
#include "utf8.h"

static void
offer_list(char *buffer, size_t size, const struct known_error *error)
{
	size_t i;

	buffer[0] = '\0';
	for (i = 0; i < error->noffers; i++)
		problem_list_append(buffer, size, error->offers[i]);
}

static const char *
or_null(const char *s)
{
	return s[0] != '\0' ? s : NULL;
}

static const char *
reason_id(const struct reason *reason)
{
	return reason != NULL ? reason->id : "other";
}

/* "550 5.1.1", the title of a generic finding or group. */
static void
code_title(char *buffer, size_t size, const char *code, const char *status)
{
	snprintf(buffer, size, "%s%s%s", code, code[0] != '\0' &&
	    status[0] != '\0' ? " " : "", status);
}

/* What a documented error says, under the finding or the group. */
static void
text_documented(FILE *out, bool colour, size_t indent,
    const struct known_error *e, const char *const names[])
{
	char text[2048];

	text_wrapped(out, colour, names[0], indent, gettext(e->meaning));
	text_wrapped(out, colour, names[1], indent, gettext(e->fix));
	if (e->conflict.fix != NULL) {
		snprintf(text, sizeof(text), _("%s (%s, %s: the guides "
		    "disagree)"), gettext(e->conflict.fix),
		    e->conflict.source->title, e->conflict.source->date);
		text_wrapped(out, colour, names[2], indent, text);
	}
	offer_list(text, sizeof(text), e);
	text_wrapped(out, colour, names[3], indent, text);
	snprintf(text, sizeof(text), "%s (%s)", e->source->title,
	    e->source->date);
	text_wrapped(out, colour, names[4], indent, text);
}

static void
text_generic(FILE *out, bool colour, size_t indent,
    const struct error_book *book, const struct finding *f,
    const char *const names[])
{
	char text[2048];

	explain_generic(book, f, true, text, sizeof(text));
	text_wrapped(out, colour, names[0], indent, text);
	text_wrapped(out, colour, names[5], indent, _("generic: what the "
	    "standards say the codes mean, not advice from OVHcloud"));
	explain_generic_sources(book, f, text, sizeof(text));
	text_wrapped(out, colour, names[4], indent, text);
}

/*
 * One finding.  The data file's English texts go through gettext(3): po/
 * holds their translations too.  What comes from the input (recipient,
 * host, queue id) was checked by the readers, and text_wrapped() quotes
 * it for the terminal.
 */
static void
text_finding(FILE *out, const struct error_book *book,
    const struct finding *f, bool colour)
{
	const char *names[] = { _("Meaning:"), _("Fix:"), _("Conflict:"),
		_("Offers:"), _("Source:"), _("Kind:"), _("Recipient:"),
		_("Severity:"), _("Reason:"), _("Time:"), _("Remote host:"),
		_("Queue ID:"), _("Code:"), _("Or:"), _("Reply:"), _("File:") };
	size_t indent = text_widest(names, NELEMS(names)) + 1, i;
	const struct known_error *e = f->error;
	char text[2048];

	if (e != NULL)
		text_bold(out, colour, e->reply);
	else {
		code_title(text, sizeof(text), f->code, f->status);
		text_bold(out, colour, text);
	}
	putc('\n', out);
	if (f->recipient[0] != '\0')
		text_wrapped(out, colour, names[6], indent, f->recipient);
	/* The server's own words, when OVHcloud's are the title. */
	if (f->reply[0] != '\0' && (e == NULL || strcmp(f->reply, e->reply) !=
	    0))
		text_wrapped(out, colour, names[14], indent, f->reply);
	if (f->file != NULL)
		text_wrapped(out, colour, names[15], indent, f->file);
	if (e != NULL && (f->code[0] != '\0' || f->status[0] != '\0')) {
		code_title(text, sizeof(text), f->code, f->status);
		text_wrapped(out, colour, names[12], indent, text);
	}
	text_wrapped(out, colour, names[7], indent, gettext(
	    explain_severity(f->severity)));
	snprintf(text, sizeof(text), "%s%s", reason_id(f->reason), f->inferred ?
	    _(" (the status is the reason's: the bounce gave none)") : "");
	text_wrapped(out, colour, names[8], indent, text);
	if (f->time.text[0] != '\0')
		text_wrapped(out, colour, names[9], indent, f->time.text);
	if (f->remote_host[0] != '\0')
		text_wrapped(out, colour, names[10], indent, f->remote_host);
	if (f->queue_id[0] != '\0')
		text_wrapped(out, colour, names[11], indent, f->queue_id);
	if (e == NULL) {
		text_generic(out, colour, indent, book, f, names);
		return;
	}
	text_documented(out, colour, indent, e, names);
	for (i = 0; i < f->nalso; i++)
		text_wrapped(out, colour, names[13], indent, f->also[i]->reply);
}

static void
json_documented(struct json_writer *w, const struct known_error *e)
{
	size_t j;

	json_string(w, "fix", e->fix);
	json_string(w, "source", e->source->title);
	json_open_array(w, "offers");
	for (j = 0; j < e->noffers; j++)
		json_string(w, NULL, e->offers[j]);
	json_close_array(w);
}

/* meaning, fix, source and offers: OVHcloud's, or the standards'. */
static void
json_advice(struct json_writer *w, const struct error_book *book,
    const struct finding *f)
{
	char meaning[2048];

	if (f->error != NULL) {
		json_string(w, "meaning", f->error->meaning);
		json_documented(w, f->error);
		return;
	}
	explain_generic(book, f, false, meaning, sizeof(meaning));
	json_string(w, "meaning", meaning);
	json_null(w, "fix");
	json_null(w, "source");
	json_open_array(w, "offers");
	json_close_array(w);
}

static void
json_conflict(struct json_writer *w, const struct known_error *e)
{
	if (e == NULL || e->conflict.fix == NULL) {
		json_null(w, "conflict");
		return;
	}
	json_open_object(w, "conflict");
	json_string(w, "fix", e->conflict.fix);
	json_string(w, "source", e->conflict.source->title);
	json_close_object(w);
}

/* The other OVHcloud errors the failure may be, best first. */
static void
json_alternatives(struct json_writer *w, const struct finding *f)
{
	size_t i;

	json_open_array(w, "alternatives");
	for (i = 0; i < f->nalso; i++) {
		json_open_object(w, NULL);
		json_string(w, "id", f->also[i]->id);
		json_string(w, "reply", f->also[i]->reply);
		json_string(w, "meaning", f->also[i]->meaning);
		json_documented(w, f->also[i]);
		json_close_object(w);
	}
	json_close_array(w);
}

static void
json_finding(struct json_writer *w, const struct error_book *book,
    const struct finding *f)
{
	const struct known_error *e = f->error;

	json_open_object(w, NULL);
	json_string(w, "code", or_null(f->code));
	json_string(w, "status", or_null(f->status));
	json_string(w, "recipient", or_null(f->recipient));
	json_string(w, "kind", e != NULL ? "ovhcloud" : "generic");
	json_advice(w, book, f);
	json_string(w, "severity", explain_severity(f->severity));
	json_string(w, "reason", reason_id(f->reason));
	json_bool(w, "status_inferred", f->inferred);
	json_string(w, "time", or_null(f->time.text));
	json_string(w, "remote_host", or_null(f->remote_host));
	json_string(w, "queue_id", or_null(f->queue_id));
	json_string(w, "id", e != NULL ? e->id : NULL);
	json_string(w, "reply", or_null(f->reply));
	json_string(w, "file", f->file);
	json_conflict(w, e);
	json_alternatives(w, f);
	json_close_object(w);
}

void
report_start(struct explain_printer *p, FILE *out,
    const struct error_book *book, bool json, bool colour)
{
	memset(p, 0, sizeof(*p));
	p->out = out;
	p->book = book;
	p->json = json;
	p->colour = colour;
}

void
report_finding(const struct finding *f, void *context)
{
	struct explain_printer *p = context;

	/* Nothing is printed when nothing is found: the status says it. */
	if (p->json && p->printed == 0) {
		json_start(&p->writer, p->out);
		json_open_array(&p->writer, NULL);
	}
	if (p->json)
		json_finding(&p->writer, p->book, f);
	else {
		if (p->printed > 0)
			putc('\n', p->out);
		text_finding(p->out, p->book, f, p->colour);
	}
	p->printed++;
}

void
report_end(struct explain_printer *p)
{
	if (p->json && p->printed > 0) {
		json_close_array(&p->writer);
		json_end(&p->writer);
	}
}

/* The summary. */

static void
group_finding(const struct group *g, struct finding *f)
{
	memset(f, 0, sizeof(*f));
	memcpy(f->code, g->code, sizeof(f->code));
	memcpy(f->status, g->status, sizeof(f->status));
	f->error = g->error;
	f->severity = g->severity;
	f->reason = g->reason;
}

static void
group_title(const struct group *g, char *buffer, size_t size)
{
	if (g->error != NULL)
		snprintf(buffer, size, "%s", g->error->reply);
	else
		code_title(buffer, size, g->code, g->status);
}

static void
tally_line(const struct tally *t, size_t n, char *buffer, size_t size)
{
	struct tally top[SUMMARY_SHOWN];
	char item[SUMMARY_NAME + 32];
	size_t i, shown = summary_top(t, n, top);

	buffer[0] = '\0';
	for (i = 0; i < shown; i++) {
		snprintf(item, sizeof(item), "%.*s (%llu)",
		    (int)sizeof(top[i].name) - 1, top[i].name, top[i].count);
		problem_list_append(buffer, size, item);
	}
}

static void
text_group(FILE *out, const struct error_book *book, const struct group *g,
    bool colour)
{
	const char *names[] = { _("Meaning:"), _("Fix:"), _("Conflict:"),
		_("Offers:"), _("Source:"), _("Kind:"), _("Recipients:"),
		_("Domains:"), _("Remote hosts:"), _("First seen:"),
		_("Last seen:") };
	size_t indent = text_widest(names, NELEMS(names)) + 1, i;
	char text[2048];
	struct finding f;

	group_title(g, text, sizeof(text));
	text_bold(out, colour, text);
	fprintf(out, _(" (%s, %s)\n"), gettext(explain_severity(g->severity)),
	    reason_id(g->reason));
	text[0] = '\0';
	for (i = 0; i < g->nsamples; i++)
		problem_list_append(text, sizeof(text), g->samples[i]);
	if (text[0] != '\0')
		text_wrapped(out, colour, names[6], indent, text);
	tally_line(g->domains, g->ndomains, text, sizeof(text));
	if (text[0] != '\0')
		text_wrapped(out, colour, names[7], indent, text);
	tally_line(g->hosts, g->nhosts, text, sizeof(text));
	if (text[0] != '\0')
		text_wrapped(out, colour, names[8], indent, text);
	if (g->first.text[0] != '\0') {
		text_wrapped(out, colour, names[9], indent, g->first.text);
		text_wrapped(out, colour, names[10], indent, g->last.text);
	}
	group_finding(g, &f);
	if (g->error != NULL)
		text_documented(out, colour, indent, g->error, names);
	else
		text_generic(out, colour, indent, book, &f, names);
}

/*
 * The summary's table, its columns as wide as their widest text in the
 * language of the messages: "temporaire" is longer than "temporary".
 */
struct columns {
	size_t	count, recipients, severity, reason;
};

static struct columns
table_columns(void)
{
	const char *count[] = { _("COUNT"), "00000000" };
	const char *recipients[] = { _("RECIPIENTS"), "0000000" };
	const char *severity[] = { _("SEVERITY"), _("permanent"),
		_("temporary") };
	const char *reason[] = { _("REASON"), "authentication" };

	return (struct columns){ text_widest(count, NELEMS(count)),
	    text_widest(recipients, NELEMS(recipients)),
	    text_widest(severity, NELEMS(severity)),
	    text_widest(reason, NELEMS(reason)) };
}

static void
right(FILE *out, const char *text, size_t width)
{
	size_t n = utf8_columns(text);

	fprintf(out, "%*s%s", (int)(width > n ? width - n : 0), "", text);
}

static void
left(FILE *out, const char *text, size_t width)
{
	fputs(text, out);
	utf8_pad(out, text, width);
}

static void
table_head(FILE *out)
{
	struct columns c = table_columns();

	putc('\n', out);
	right(out, _("COUNT"), c.count);
	putc(' ', out);
	right(out, _("RECIPIENTS"), c.recipients);
	fputs("  ", out);
	left(out, _("SEVERITY"), c.severity + 2);
	left(out, _("REASON"), c.reason + 2);
	fprintf(out, "%s\n", _("ERROR"));
}

static void
table_row(FILE *out, const struct group *g, const char *title)
{
	struct columns c = table_columns();
	char number[32];

	snprintf(number, sizeof(number), "%llu", g->count);
	right(out, number, c.count);
	putc(' ', out);
	snprintf(number, sizeof(number), "%llu", summary_recipients(g));
	right(out, number, c.recipients);
	fputs("  ", out);
	left(out, gettext(explain_severity(g->severity)), c.severity + 2);
	left(out, reason_id(g->reason), c.reason + 2);
	quote_terminal(out, title);
	putc('\n', out);
}

void
text_summary(FILE *out, const struct error_book *book,
    const struct summary *s, const struct explainer *x, bool colour)
{
	char title[2048];
	size_t i;

	fprintf(out, _("%zu failures in %zu messages and %zu log lines\n"),
	    x->failures, x->messages, x->lines);
	if (s->ngroups > 0)
		table_head(out);
	for (i = 0; i < s->ngroups; i++) {
		group_title(&s->groups[i], title, sizeof(title));
		table_row(out, &s->groups[i], title);
	}
	if (s->left_out > 0)
		fprintf(out, _("%8llu failures of other kinds, past the %d "
		    "groups kept, are counted but not shown\n"), s->left_out,
		    SUMMARY_MAX_GROUPS);
	for (i = 0; i < s->ngroups; i++) {
		putc('\n', out);
		text_group(out, book, &s->groups[i], colour);
	}
}

static void
json_tally(struct json_writer *w, const char *key, const struct tally *t,
    size_t n)
{
	struct tally top[SUMMARY_SHOWN];
	size_t i, shown = summary_top(t, n, top);

	json_open_array(w, key);
	for (i = 0; i < shown; i++)
		json_string(w, NULL, top[i].name);
	json_close_array(w);
}

static void
json_group(struct json_writer *w, const struct error_book *book,
    const struct group *g)
{
	const struct known_error *e = g->error;
	struct finding f;
	size_t i;

	group_finding(g, &f);
	json_open_object(w, NULL);
	json_integer(w, "count", (long long)g->count);
	json_integer(w, "recipients", (long long)summary_recipients(g));
	json_open_array(w, "sample_recipients");
	for (i = 0; i < g->nsamples; i++)
		json_string(w, NULL, g->samples[i]);
	json_close_array(w);
	json_tally(w, "domains", g->domains, g->ndomains);
	json_string(w, "code", or_null(g->code));
	json_string(w, "status", or_null(g->status));
	json_string(w, "kind", e != NULL ? "ovhcloud" : "generic");
	json_string(w, "severity", explain_severity(g->severity));
	json_string(w, "reason", reason_id(g->reason));
	json_advice(w, book, &f);
	json_tally(w, "remote_hosts", g->hosts, g->nhosts);
	json_string(w, "first_seen", or_null(g->first.text));
	json_string(w, "last_seen", or_null(g->last.text));
	json_string(w, "id", e != NULL ? e->id : NULL);
	json_conflict(w, e);
	json_bool(w, "recipients_estimated", g->recipients.registers != NULL);
	json_close_object(w);
}

/* The keys and their order are an interface: see ovhmail(1). */
void
json_summary(FILE *out, const struct error_book *book,
    const struct summary *s, const struct explainer *x)
{
	struct json_writer w;
	size_t i;

	json_start(&w, out);
	json_open_object(&w, NULL);
	json_integer(&w, "messages", (long long)x->messages);
	json_integer(&w, "lines", (long long)x->lines);
	json_integer(&w, "failures", (long long)x->failures);
	json_integer(&w, "left_out", (long long)s->left_out);
	json_open_array(&w, "groups");
	for (i = 0; i < s->ngroups; i++)
		json_group(&w, book, &s->groups[i]);
	json_close_array(&w);
	json_close_object(&w);
	json_end(&w);
}
