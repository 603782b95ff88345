/* The json format of items: the lookups, limits and webmail. */
#include <string.h>

#include "format.h"
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






