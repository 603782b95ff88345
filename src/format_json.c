/* The json format of lookups, limits, webmail and explain. */
#include <string.h>

#include "explain.h"
#include "format.h"
#include "guide.h"
#include "json_write.h"
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
print_value(struct json_writer *w, const char *key, const struct value *value)
{
	size_t i;

	switch (value->type) {
	case VALUE_LIST:
		json_open_array(w, key);
		for (i = 0; i < value->nlist; i++)
			json_string(w, NULL, value->list[i]);
		json_close_array(w);
		break;
	case VALUE_STRING:
		json_string(w, key, value->string);
		break;
	case VALUE_INTEGER:
		json_integer(w, key, value->integer);
		break;
	case VALUE_BOOLEAN:
		json_bool(w, key, value->boolean);
		break;
	case VALUE_NULL:
		json_null(w, key);
		break;
	}
}

static void
print_object(struct json_writer *w, const struct item *item)
{
	size_t i;

	json_open_object(w, NULL);
	for (i = 0; i < item->count; i++)
		print_value(w, item->keys[i], &item->values[i]);
	json_close_object(w);
}

void
format_json(FILE *out, const struct item *items, size_t count, bool as_array)
{
	struct json_writer w;
	size_t i;

	json_start(&w, out);
	if (!as_array)
		print_object(&w, &items[0]);
	else {
		json_open_array(&w, NULL);
		for (i = 0; i < count; i++)
			print_object(&w, &items[i]);
		json_close_array(&w);
	}
	json_end(&w);
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
