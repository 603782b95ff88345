#include <ctype.h>
#include <string.h>

#include "format.h"

/* Characters that need no quoting in a POSIX shell word. */
static int
is_plain(const char *s)
{
	if (*s == '\0')
		return 1;
	for (; *s != '\0'; s++)
		if (!isalnum((unsigned char)*s) &&
		    strchr("%+,-./:@_", *s) == NULL)
			return 0;
	return 1;
}

/* Single quotes keep everything but ', which becomes '\''. */
static void
print_quoted(FILE *out, const char *s)
{
	if (is_plain(s)) {
		fputs(s, out);
		return;
	}
	putc('\'', out);
	for (; *s != '\0'; s++) {
		if (*s == '\'')
			fputs("'\\''", out);
		else
			putc(*s, out);
	}
	putc('\'', out);
}

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
	char number[32];
	size_t i, j;

	for (i = 0; i < count; i++)
		for (j = 0; j < items[i].count; j++) {
			print_name(out, items[i].env_prefix, items[i].keys[j]);
			putc('=', out);
			print_quoted(out, value_text(&items[i].values[j],
			    number, sizeof(number)));
			putc('\n', out);
		}
}
