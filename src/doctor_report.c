/*
 * What doctor prints: the problems, the likeliest cause first, each with
 * its fix, its file and line, and the step that found it; then what was
 * fine.  The json holds the same, and each step's own report whole.
 */
#include <stdio.h>

#include "commands.h"
#include "doctor.h"
#include "i18n.h"
#include "json_write.h"
#include "quote.h"
#include "text_layout.h"
#include "utf8.h"


/* The files read, wrapped as a fix is: each from outside, quoted. */
static void
text_files(FILE *out, const struct doctor *d)
{
	const char *label = _("Files read:");
	char list[4096];
	size_t i, used = 0;

	list[0] = '\0';
	for (i = 0; i < d->nfiles && used < sizeof(list); i++)
		if (!d->unread[i])
			used += (size_t)snprintf(list + used, sizeof(list) -
			    used, "%s%s", used > 0 ? ", " : "", d->files[i]);
	if (d->files_left_out > 0 && used < sizeof(list))
		used += (size_t)snprintf(list + used, sizeof(list) - used,
		    ngettext(" (and %zu more found, not read: name the files "
		    "after the address)", " (and %zu more found, not read: "
		    "name the files after the address)", d->files_left_out),
		    d->files_left_out);
	if (used > 0)
		text_wrapped(out, false, label, utf8_columns(label) + 1, list);
}

static void
text_head(FILE *out, const struct doctor *d, bool colour)
{
	text_bold(out, colour, "ovhmail doctor: ");
	quote_terminal(out, d->address);
	putc('\n', out);
	fputs(_("Offer: "), out);
	fprintf(out, "%s, %s", d->offer->name, d->region->name);
	if (d->server > 0)
		fprintf(out, _(", server %ld"), (long)d->server);
	if (d->assumed)
		fputs(_(" (assumed: not found in the domain's DNS)"), out);
	putc('\n', out);
	text_files(out, d);
}

/* A problem: its number, step and what; under it its file and fix. */
static void
text_problem(FILE *out, const struct doctor_problem *p, size_t n,
    bool colour)
{
	const char *labels[] = { _("    file:"), _("    fix:") };
	size_t indent = text_widest(labels, 2) + 1;
	char number[32], what[1024];

	snprintf(number, sizeof(number), "%2zu.", n);
	snprintf(what, sizeof(what), "[%s] %s", doctor_step_name(p->step),
	    p->what);
	text_wrapped(out, false, number, 4, what);
	if (p->file != NULL) {
		fputs(labels[0], out);
		utf8_pad(out, labels[0], indent);
		quote_terminal(out, p->file);
		if (p->line > 0)
			fprintf(out, _(", line %ld"), p->line);
		putc('\n', out);
	}
	if (p->fix != NULL)
		text_wrapped(out, colour, labels[1], indent, p->fix);
	/* Never wrapped: a zone line is copied whole. */
	if (p->record != NULL) {
		utf8_pad(out, "", indent);
		quote_terminal(out, p->record);
		putc('\n', out);
	}
}

void
doctor_report_text(FILE *out, const struct doctor *d)
{
	bool colour = command_colour();
	char step[32];
	size_t i;

	text_head(out, d, colour);
	putc('\n', out);
	text_bold(out, colour, d->nproblems == 0 ? _("No problem found.") :
	    _("Problems, the likeliest cause first:"));
	putc('\n', out);
	for (i = 0; i < d->nproblems; i++)
		text_problem(out, &d->problems[i], i + 1, colour);
	if (d->left_out > 0)
		fprintf(out, _("    and %zu more, left out\n"), d->left_out);
	for (i = 0; i < DOCTOR_STEPS && d->fine[i] == NULL; i++)
		;
	if (i < DOCTOR_STEPS) {
		putc('\n', out);
		text_bold(out, colour, _("Fine:"));
		putc('\n', out);
	}
	for (i = 0; i < DOCTOR_STEPS; i++)
		if (d->fine[i] != NULL) {
			snprintf(step, sizeof(step), "  %s:",
			    doctor_step_name(i));
			text_wrapped(out, false, step, 12, d->fine[i]);
		}
}

static void
json_problem(struct json_writer *w, const struct doctor_problem *p)
{
	json_open_object(w, NULL);
	json_string(w, "step", doctor_step_name(p->step));
	json_string(w, "kind", p->kind);
	json_string(w, "what", p->what);
	json_string(w, "fix", p->fix);
	json_string(w, "record", p->record);
	json_string(w, "file", p->file);
	if (p->line > 0)
		json_integer(w, "line", p->line);
	else
		json_null(w, "line");
	json_close_object(w);
}

void
doctor_report_json(FILE *out, const struct doctor *d)
{
	struct json_writer w;
	size_t i;

	json_start(&w, out);
	json_open_object(&w, NULL);
	json_string(&w, "address", d->address);
	json_string(&w, "offer", d->offer->id);
	json_string(&w, "region", d->region->id);
	if (d->server > 0)
		json_integer(&w, "server", d->server);
	else
		json_null(&w, "server");
	json_bool(&w, "assumed", d->assumed);
	json_open_array(&w, "problems");
	for (i = 0; i < d->nproblems; i++)
		json_problem(&w, &d->problems[i]);
	json_close_array(&w);
	json_integer(&w, "left_out", (long long)d->left_out);
	json_open_array(&w, "fine");
	for (i = 0; i < DOCTOR_STEPS; i++)
		if (d->fine[i] != NULL) {
			json_open_object(&w, NULL);
			json_string(&w, "step", doctor_step_name(i));
			json_string(&w, "what", d->fine[i]);
			json_close_object(&w);
		}
	json_close_array(&w);
	json_open_array(&w, "files");
	for (i = 0; i < d->nfiles; i++)
		if (!d->unread[i])
			json_string(&w, NULL, d->files[i]);
	json_close_array(&w);
	json_integer(&w, "files_left_out", (long long)d->files_left_out);
	for (i = 0; i < DOCTOR_STEPS; i++)
		json_tree(&w, doctor_step_name(i), d->steps[i].doc != NULL ?
		    json_doc_root(d->steps[i].doc) : NULL);
	json_close_object(&w);
	json_end(&w);
}
