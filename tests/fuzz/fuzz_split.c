/*
 * libFuzzer target: a stream cut into mbox messages, a Maildir file's
 * message, or log lines, fed in pieces of the sizes the input's first
 * byte chooses, as a pipe gives them.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "explain_split.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check_unit(enum split_unit unit, const char *text, size_t length,
    void *context)
{
	(void)context;
	if ((unit == SPLIT_LINE && (length > SPLIT_MAX_LINE ||
	    memchr(text, '\n', length) != NULL)) ||
	    (unit == SPLIT_MESSAGE && length > SPLIT_MAX_MESSAGE + 1))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	struct splitter s;
	size_t piece, at;

	if (size == 0)
		return 0;
	memset(&s, 0, sizeof(s));
	piece = bytes[0] % 16 + 1;
	if (!split_start(&s, bytes[0] & 0x80, check_unit, NULL))
		abort();
	for (at = 1; at < size; at += piece)
		split_feed(&s, (const char *)bytes + at, size - at < piece ?
		    size - at : piece);
	split_end(&s);
	split_free(&s);
	return 0;
}
