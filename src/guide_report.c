/* guide's report: a client's steps as text and as json. */
#include <stdio.h>

#include "format.h"
#include "guide_report.h"
#include "i18n.h"
#include "json_write.h"
#include "quote.h"
#include "text_layout.h"

/*
 * The first line, when nobody named the offer: which one the steps are
 * for, and how to find out the right one.
 */
static void
text_assumed(FILE *out, const struct guide *guide)
{
	char command[512];

	snprintf(command, sizeof(command), "ovhmail discover %s",
	    guide->email != NULL ? guide->email : _("ADDRESS"));
	/* TRANSLATORS: the first %s is an offer, "MX Plan"; the second a
	   command, "ovhmail discover ADDRESS". */
	fprintf(out, _("Assumed offer: %s (no --offer given). To find out "
	    "yours: %s, then give its --offer.\n"), guide->offer->name,
	    command);
}

void
text_guide(FILE *out, const struct guide *guide, bool colour)
{
	const struct guide_step *step;
	char number[32], tail[256];
	size_t i;

	if (guide->offer_assumed)
		text_assumed(out, guide);
	snprintf(tail, sizeof(tail), ": %s", guide->name);
	text_heading(out, colour, guide->offer, guide->region, tail);
	for (i = 0; i < guide->count; i++) {
		step = &guide->steps[i];
		snprintf(number, sizeof(number), "%zu.", i + 1);
		text_wrapped(out, colour, number, 4, step->text);
		if (step->field == NULL)
			continue;
		fputs("    ", out);
		text_bold(out, colour, step->field);
		fputs(": ", out);
		quote_terminal(out, step->value);
		putc('\n', out);
	}
	text_bold(out, colour, _("Sources:"));
	putc('\n', out);
	for (i = 0; i < guide->count; i++)
		if (guide_first_citation(guide, i)) {
			fputs("  ", out);
			text_source_line(out, guide->steps[i].source);
		}
}

static void
print_step(struct json_writer *w, const struct guide_step *step)
{
	json_open_object(w, NULL);
	json_string(w, "text", step->text);
	if (step->field != NULL) {
		json_string(w, "field", step->field);
		json_string(w, "value", step->value);
	}
	if (step->trap != NULL)
		json_string(w, "trap", step->trap);
	json_string(w, "source", step->source->id);
	json_close_object(w);
}

static void
print_source(struct json_writer *w, const struct source *source)
{
	json_open_object(w, NULL);
	json_string(w, "id", source->id);
	json_string(w, "title", source->title);
	json_string(w, "date", source->date);
	json_close_object(w);
}

/* The same in every locale: the steps' English text and values. */
void
json_guide(FILE *out, const struct guide *guide)
{
	struct json_writer w;
	size_t i;

	json_start(&w, out);
	json_open_object(&w, NULL);
	json_string(&w, "client", guide->client->id);
	json_string(&w, "offer", guide->offer->id);
	json_bool(&w, "offer_assumed", guide->offer_assumed);
	json_string(&w, "region",
	    guide->region != NULL ? guide->region->id : NULL);
	json_open_array(&w, "steps");
	for (i = 0; i < guide->count; i++)
		print_step(&w, &guide->steps[i]);
	json_close_array(&w);
	json_open_array(&w, "sources");
	for (i = 0; i < guide->count; i++)
		if (guide_first_citation(guide, i))
			print_source(&w, guide->steps[i].source);
	json_close_array(&w);
	json_close_object(&w);
	json_end(&w);
}
