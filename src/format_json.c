#include "format.h"

/*
 * JSON as jq prints it: two-space indentation, keys in the item's order,
 * UTF-8 as it is and control characters escaped (RFC 8259).
 */
void
json_print_string(FILE *out, const char *s)
{
	putc('"', out);
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\t')
			fputs("\\t", out);
		else if (c < 0x20 || c == 0x7f)
			fprintf(out, "\\u%04x", c);
		else
			putc(c, out);
	}
	putc('"', out);
}

static void
print_value(FILE *out, const struct value *value)
{
	switch (value->type) {
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
		print_value(out, &item->values[i]);
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
