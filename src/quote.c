/*
 * Escaping for each place text goes: terminals, shells, XML, JSON, client
 * files.
 */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#include "quote.h"
#include "utf8.h"

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

/*
 * go-ini strips a comment from the first "#" or ";", a pair of quotes
 * around the whole value, and white space at the ends, and a "\" at the
 * end continues the line.
 */
static bool
is_ini_safe(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && strpbrk(s, "#;`") == NULL && s[0] != '"' &&
	    s[0] != '\'' && !isspace((unsigned char)s[0]) &&
	    !isspace((unsigned char)s[n - 1]) && s[n - 1] != '\\';
}

void
quote_ini(FILE *out, const char *s)
{
	if (is_ini_safe(s))
		fputs(s, out);
	else if (strchr(s, '`') == NULL)
		fprintf(out, "`%s`", s);
	else
		fprintf(out, "\"\"\"%s\"\"\"", s);
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

static void
escape_code(FILE *out, unsigned long code)
{
	static const char named[] = "\a\b\t\n\v\f\r";
	static const char letters[] = "abtnvfr";
	const char *at;

	if (code == 0x1b)
		fputs("\\e", out);
	else if (code != 0 && (at = strchr(named, (int)code)) != NULL)
		fprintf(out, "\\%c", letters[at - named]);
	else if (code < 0x80)
		fprintf(out, "\\x%02lx", code);
	else
		fprintf(out, "\\u%04lx", code);
}

void
quote_terminal_n(FILE *out, const char *text, size_t length)
{
	unsigned long code;
	size_t n;

	while (length > 0) {
		if ((n = utf8_decode(text, length, &code)) == 0) {
			fprintf(out, "\\x%02x", (unsigned char)*text);
			n = 1;
		} else if (utf8_is_hidden(code))
			escape_code(out, code);
		else
			fwrite(text, 1, n, out);
		text += n;
		length -= n;
	}
}

void
quote_terminal(FILE *out, const char *text)
{
	quote_terminal_n(out, text, strlen(text));
}

const char *
quote_cut(char *buffer, size_t size, const char *text)
{
	static const char ellipsis[] = "...";
	size_t length = strlen(text), used = 0, n;
	unsigned long code;

	if (length < size) {
		memcpy(buffer, text, length + 1);
		return buffer;
	}
	/* Whole characters, or single malformed bytes, while they fit. */
	while (used < length) {
		if ((n = utf8_decode(text + used, length - used, &code)) == 0)
			n = 1;
		if (used + n + sizeof(ellipsis) > size)
			break;
		used += n;
	}
	memcpy(buffer, text, used);
	memcpy(buffer + used, ellipsis, sizeof(ellipsis));
	return buffer;
}
