/* What the text reports share: bold, labels, wrapped lines, sources. */
#include <string.h>

#include "i18n.h"
#include "quote.h"
#include "text_layout.h"
#include "utf8.h"

#define WIDTH	76	/* where explanations wrap */

void
text_bold(FILE *out, bool colour, const char *text)
{
	if (colour)
		fputs("\033[1m", out);
	quote_terminal(out, text);
	if (colour)
		fputs("\033[0m", out);
}

static size_t
max(size_t a, size_t b)
{
	return a > b ? a : b;
}

/* The columns the widest text takes: labels line up after it. */
size_t
text_widest(const char *const *texts, size_t count)
{
	size_t i, width = 0;

	for (i = 0; i < count; i++)
		width = max(width, utf8_columns(texts[i]));
	return width;
}

void
text_heading(FILE *out, bool colour, const struct offer *offer,
    const struct region *region, const char *tail)
{
	char text[512];

	snprintf(text, sizeof(text), "%s, %s%s", offer->name,
	    gettext(region->name), tail);
	text_bold(out, colour, text);
	putc('\n', out);
}

/* "TITLE (DATE)" and a new line. */
void
text_source_line(FILE *out, const struct source *source)
{
	quote_terminal(out, source->title);
	fputs(" (", out);
	quote_terminal(out, source->date);
	fputs(")\n", out);
}

/* Prints the text in lines of at most WIDTH, after a hanging label. */
void
text_wrapped(FILE *out, bool colour, const char *name, size_t indent,
    const char *text)
{
	size_t column, word;

	text_bold(out, colour, name);
	utf8_pad(out, name, indent);
	column = indent;
	while (*text != '\0') {
		word = strcspn(text, " ");
		if (column > indent && column + 1 + word > WIDTH) {
			fprintf(out, "\n%*s", (int)indent, "");
			column = indent;
		} else if (column > indent) {
			putc(' ', out);
			column++;
		}
		quote_terminal_n(out, text, word);
		column += utf8_columns_n(text, word);
		text += word;
		text += strspn(text, " ");
	}
	putc('\n', out);
}
