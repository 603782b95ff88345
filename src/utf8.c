/* UTF-8: decoding, checking, and what a terminal would act on. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"

/*
 * Well-formed UTF-8 as RFC 3629 defines it: no overlong forms, no
 * surrogates, nothing above U+10FFFF.
 */
static size_t
sequence_length(const unsigned char *s, size_t left)
{
	size_t n, i;
	unsigned char lo = 0x80, hi = 0xbf;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2;
	else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		if (s[0] == 0xe0)
			lo = 0xa0;
		else if (s[0] == 0xed)
			hi = 0x9f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		if (s[0] == 0xf0)
			lo = 0x90;
		else if (s[0] == 0xf4)
			hi = 0x8f;
	} else
		return 0;
	if (n > left)
		return 0;
	if (s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < n; i++)
		if (s[i] < 0x80 || s[i] > 0xbf)
			return 0;
	return n;
}

size_t
utf8_decode(const char *text, size_t length, unsigned long *code)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n, i;

	if (length == 0 || (n = sequence_length(s, length)) == 0)
		return 0;
	*code = n == 1 ? s[0] : s[0] & (0x7f >> n);
	for (i = 1; i < n; i++)
		*code = *code << 6 | (s[i] & 0x3f);
	return n;
}

bool
utf8_is_hidden(unsigned long code)
{
	return code < 0x20 || (code >= 0x7f && code <= 0x9f) ||
	    code == 0x061c || code == 0x200e || code == 0x200f ||
	    (code >= 0x2028 && code <= 0x202e) ||
	    (code >= 0x2066 && code <= 0x2069);
}

/*
 * The data files are mostly ASCII: eight bytes at a time while no byte
 * has its high bit set.
 */
size_t
utf8_invalid_at(const char *text, size_t length)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t at = 0, n;
	uint64_t word;

	while (at < length) {
		if (length - at >= sizeof(word)) {
			memcpy(&word, s + at, sizeof(word));
			if ((word & UINT64_C(0x8080808080808080)) == 0) {
				at += sizeof(word);
				continue;
			}
		}
		if ((n = sequence_length(s + at, length - at)) == 0)
			return at;
		at += n;
	}
	return length;
}

size_t
utf8_columns_n(const char *text, size_t length)
{
	size_t i, columns = 0;

	/* Every byte but a continuation byte starts a character. */
	for (i = 0; i < length; i++)
		columns += ((unsigned char)text[i] & 0xc0) != 0x80;
	return columns;
}

size_t
utf8_columns(const char *text)
{
	return utf8_columns_n(text, strlen(text));
}

void
utf8_pad(FILE *out, const char *text, size_t width)
{
	size_t columns = utf8_columns(text);

	for (; columns < width; columns++)
		putc(' ', out);
}
