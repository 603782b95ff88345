/* The json format of lookups, limits, webmail and explain. */
#include <string.h>

#include "explain.h"
#include "format.h"
#include "guide.h"
#include "utf8.h"

/*
 * JSON as jq prints it: two-space indentation, keys in the item's order,
 * UTF-8 as it is and control characters escaped (RFC 8259).  The text
 * may come from outside: what a terminal would act on (utf8_is_hidden())
 * is escaped too, and bytes that are not UTF-8 become U+FFFD, so that the
 * output is always valid UTF-8 and safe to cat.
 */
void
json_print_string(FILE *out, const char *s)
{
	size_t length = strlen(s), n;
	unsigned long code;

	putc('"', out);
	while (length > 0) {
		if ((n = utf8_decode(s, length, &code)) == 0) {
			fputs("\\ufffd", out);
			n = 1;
		} else if (code == '"' || code == '\\')
			fprintf(out, "\\%c", (int)code);
		else if (code == '\n')
			fputs("\\n", out);
		else if (code == '\t')
			fputs("\\t", out);
		else if (utf8_is_hidden(code))
			fprintf(out, "\\u%04lx", code);
		else
			fwrite(s, 1, n, out);
		s += n;
		length -= n;
	}
	putc('"', out);
}

static void
print_list(FILE *out, const struct value *value, const char *indent)
{
	size_t i;

	if (value->nlist == 0) {
		fputs("[]", out);
		return;
	}
	fputs("[\n", out);
	for (i = 0; i < value->nlist; i++) {
		fprintf(out, "%s    ", indent);
		json_print_string(out, value->list[i]);
		fputs(i + 1 < value->nlist ? ",\n" : "\n", out);
	}
	fprintf(out, "%s  ]", indent);
}

static void
print_value(FILE *out, const struct value *value, const char *indent)
{
	switch (value->type) {
	case VALUE_LIST:
		print_list(out, value, indent);
		break;
	case VALUE_STRING:
		json_print_string(out, value->string);
		break;
	case VALUE_INTEGER:
		fprintf(out, "%ld", value->integer);
		break;
	case VALUE_BOOLEAN:
		fputs(value->boolean ? "true" : "false", out);
		break;
	case VALUE_NULL:
		fputs("null", out);
		break;
	}
}

static void
print_object(FILE *out, const struct item *item, const char *indent)
{
	size_t i;

	fputs("{\n", out);
	for (i = 0; i < item->count; i++) {
		fprintf(out, "%s  ", indent);
		json_print_string(out, item->keys[i]);
		fputs(": ", out);
		print_value(out, &item->values[i], indent);
		fputs(i + 1 < item->count ? ",\n" : "\n", out);
	}
	fprintf(out, "%s}", indent);
}

void
format_json(FILE *out, const struct item *items, size_t count, bool as_array)
{
	size_t i;

	if (!as_array) {
		print_object(out, &items[0], "");
		putc('\n', out);
		return;
	}
	fputs(count == 0 ? "[" : "[\n", out);
	for (i = 0; i < count; i++) {
		fputs("  ", out);
		print_object(out, &items[i], "  ");
		fputs(i + 1 < count ? ",\n" : "\n", out);
	}
	fputs("]\n", out);
}

void
json_print_member(FILE *out, const char *indent, const char *key,
    const char *value, bool last)
{
	fprintf(out, "%s", indent);
	json_print_string(out, key);
	fputs(": ", out);
	if (value == NULL)
		fputs("null", out);
	else
		json_print_string(out, value);
	fputs(last ? "\n" : ",\n", out);
}

static void
print_step(FILE *out, const struct guide_step *step, bool last)
{
	const char *indent = "      ";

	fputs("    {\n", out);
	json_print_member(out, indent, "text", step->text, false);
	if (step->field != NULL) {
		json_print_member(out, indent, "field", step->field, false);
		json_print_member(out, indent, "value", step->value, false);
	}
	if (step->trap != NULL)
		json_print_member(out, indent, "trap", step->trap, false);
	json_print_member(out, indent, "source", step->source->id, true);
	fputs(last ? "    }\n" : "    },\n", out);
}

static void
print_source(FILE *out, const struct source *source, bool last)
{
	const char *indent = "      ";

	fputs("    {\n", out);
	json_print_member(out, indent, "id", source->id, false);
	json_print_member(out, indent, "title", source->title, false);
	json_print_member(out, indent, "date", source->date, true);
	fputs(last ? "    }\n" : "    },\n", out);
}

/* No step after N cites a source for the first time. */
static bool
last_source(const struct guide *guide, size_t n)
{
	size_t i;

	for (i = n + 1; i < guide->count; i++)
		if (guide_first_citation(guide, i))
			return false;
	return true;
}

/* The same in every locale: the steps' English text and values. */
void
json_guide(FILE *out, const struct guide *guide)
{
	size_t i;

	fputs("{\n", out);
	json_print_member(out, "  ", "client", guide->client->id, false);
	json_print_member(out, "  ", "offer", guide->offer->id, false);
	json_print_member(out, "  ", "region",
	    guide->region != NULL ? guide->region->id : NULL, false);
	fputs(guide->count == 0 ? "  \"steps\": [],\n" : "  \"steps\": [\n",
	    out);
	for (i = 0; i < guide->count; i++)
		print_step(out, &guide->steps[i], i + 1 == guide->count);
	if (guide->count > 0)
		fputs("  ],\n", out);
	fputs(guide->count == 0 ? "  \"sources\": []\n" :
	    "  \"sources\": [\n", out);
	for (i = 0; i < guide->count; i++)
		if (guide_first_citation(guide, i))
			print_source(out, guide->steps[i].source,
			    last_source(guide, i));
	if (guide->count > 0)
		fputs("  ]\n", out);
	fputs("}\n", out);
}

static const char *
or_null(const char *s)
{
	return s[0] != '\0' ? s : NULL;
}

/* The keys and their order are an interface: see ovhmail(1). */
void
json_findings(FILE *out, const struct error_book *book,
    const struct explanation *found)
{
	const struct finding *f;
	char meaning[2048];
	size_t i, j;

	fputs(found->count == 0 ? "[" : "[\n", out);
	for (i = 0; i < found->count; i++) {
		f = &found->findings[i];
		if (f->error == NULL)
			explain_generic(book, f, false, meaning,
			    sizeof(meaning));
		fputs("  {\n", out);
		json_print_member(out, "    ", "code", or_null(f->code), false);
		json_print_member(out, "    ", "status", or_null(f->status), false);
		json_print_member(out, "    ", "recipient", or_null(f->recipient),
		    false);
		json_print_member(out, "    ", "kind", f->error != NULL ? "ovhcloud" :
		    "generic", false);
		json_print_member(out, "    ", "meaning", f->error != NULL ?
		    f->error->meaning : meaning, false);
		json_print_member(out, "    ", "fix", f->error != NULL ? f->error->fix : NULL,
		    false);
		json_print_member(out, "    ", "source", f->error != NULL ?
		    f->error->source->title : NULL, false);
		fputs("    \"offers\": [", out);
		for (j = 0; f->error != NULL && j < f->error->noffers; j++) {
			fputs(j > 0 ? ", " : "", out);
			json_print_string(out, f->error->offers[j]);
		}
		fputs("]\n", out);
		fputs(i + 1 < found->count ? "  },\n" : "  }\n", out);
	}
	fputs("]\n", out);
}
