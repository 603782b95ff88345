/* The env format: NAME=value lines a shell can source. */
#include <ctype.h>

#include "format.h"
#include "quote.h"

static void
print_name(FILE *out, const char *prefix, const char *key)
{
	fputs("OVHMAIL_", out);
	fputs(prefix, out);
	for (; *key != '\0'; key++)
		putc(toupper((unsigned char)*key), out);
}

void
format_env(FILE *out, const struct item *items, size_t count)
{
	char number[VALUE_TEXT_MAX];
	size_t i, j;

	for (i = 0; i < count; i++)
		for (j = 0; j < items[i].count; j++) {
			print_name(out, items[i].env_prefix, items[i].keys[j]);
			putc('=', out);
			quote_shell(out, value_text(&items[i].values[j],
			    number, sizeof(number)));
			putc('\n', out);
		}
}
