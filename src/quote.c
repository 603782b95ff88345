#include <ctype.h>
#include <string.h>

#include "quote.h"

static int
is_shell_safe(const char *s)
{
	if (*s == '\0')
		return 1;
	for (; *s != '\0'; s++)
		if (!isalnum((unsigned char)*s) &&
		    strchr("%+,-./:@_", *s) == NULL)
			return 0;
	return 1;
}

void
quote_shell(FILE *out, const char *s)
{
	if (is_shell_safe(s)) {
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

void
quote_xml(FILE *out, const char *s)
{
	for (; *s != '\0'; s++)
		switch (*s) {
		case '&':
			fputs("&amp;", out);
			break;
		case '<':
			fputs("&lt;", out);
			break;
		case '>':
			fputs("&gt;", out);
			break;
		case '"':
			fputs("&quot;", out);
			break;
		case '\'':
			fputs("&apos;", out);
			break;
		default:
			putc(*s, out);
		}
}

static void
escape(FILE *out, const char *s, const char *special)
{
	for (; *s != '\0'; s++) {
		if (strchr(special, *s) != NULL)
			putc('\\', out);
		putc(*s, out);
	}
}

void
quote_double(FILE *out, const char *s)
{
	putc('"', out);
	escape(out, s, "\"\\");
	putc('"', out);
}

void
escape_muttrc(FILE *out, const char *s)
{
	escape(out, s, "\"\\`$");
}

void
quote_muttrc(FILE *out, const char *s)
{
	putc('"', out);
	escape_muttrc(out, s);
	putc('"', out);
}

void
quote_url_user(FILE *out, const char *s)
{
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (isalnum(c) || strchr("-._~", c) != NULL)
			putc(c, out);
		else
			fprintf(out, "%%%02X", c);
	}
}
