/* explain's report: each finding as text and as json. */
#include <stdio.h>
#include <string.h>

#include "explain_report.h"
#include "format.h"
#include "i18n.h"
#include "json_write.h"
#include "problem.h"
#include "quote.h"
#include "text_layout.h"

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
	size_t indent = text_widest(names, NELEMS(names)) + 1;
	const struct known_error *e = f->error;
	char text[2048], title[64];

	if (e != NULL)
		text_bold(out, colour, e->reply);
	else {
		snprintf(title, sizeof(title), "%s%s%s", f->code,
		    f->code[0] != '\0' && f->status[0] != '\0' ? " " : "",
		    f->status);
		text_bold(out, colour, title);
	}
	putc('\n', out);
	if (f->recipient[0] != '\0')
		text_wrapped(out, colour, names[0], indent, f->recipient);
	if (e == NULL) {
		explain_generic(book, f, true, text, sizeof(text));
		text_wrapped(out, colour, names[1], indent, text);
		text_wrapped(out, colour, names[5], indent, _("generic: what the "
		    "standards say the codes mean, not advice from OVHcloud"));
		explain_generic_sources(book, f, text, sizeof(text));
		text_wrapped(out, colour, names[4], indent, text);
		return;
	}
	text_wrapped(out, colour, names[1], indent, gettext(e->meaning));
	text_wrapped(out, colour, names[2], indent, gettext(e->fix));
	offer_list(text, sizeof(text), e);
	text_wrapped(out, colour, names[3], indent, text);
	snprintf(text, sizeof(text), "%s (%s)", e->source->title,
	    e->source->date);
	text_wrapped(out, colour, names[4], indent, text);
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

static const char *
or_null(const char *s)
{
	return s[0] != '\0' ? s : NULL;
}

static void
print_finding(struct json_writer *w, const struct error_book *book,
    const struct finding *f)
{
	char meaning[2048];
	size_t j;

	if (f->error == NULL)
		explain_generic(book, f, false, meaning, sizeof(meaning));
	json_open_object(w, NULL);
	json_string(w, "code", or_null(f->code));
	json_string(w, "status", or_null(f->status));
	json_string(w, "recipient", or_null(f->recipient));
	json_string(w, "kind", f->error != NULL ? "ovhcloud" : "generic");
	json_string(w, "meaning", f->error != NULL ? f->error->meaning :
	    meaning);
	json_string(w, "fix", f->error != NULL ? f->error->fix : NULL);
	json_string(w, "source", f->error != NULL ?
	    f->error->source->title : NULL);
	json_open_array(w, "offers");
	for (j = 0; f->error != NULL && j < f->error->noffers; j++)
		json_string(w, NULL, f->error->offers[j]);
	json_close_array(w);
	json_close_object(w);
}

/* The keys and their order are an interface: see ovhmail(1). */
void
json_findings(FILE *out, const struct error_book *book,
    const struct explanation *found)
{
	struct json_writer w;
	size_t i;

	json_start(&w, out);
	json_open_array(&w, NULL);
	for (i = 0; i < found->count; i++)
		print_finding(&w, book, &found->findings[i]);
	json_close_array(&w);
	json_end(&w);
}
