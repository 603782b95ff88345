/*
 * libFuzzer target: the bounce reader and explain, on anything a user
 * may pipe to "ovhmail explain".
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "bounce.h"
#include "errors.h"
#include "explain.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* What the reader promises about each reply. */
static void
check_reply(const struct reply *reply, void *context)
{
	size_t n = strlen(reply->recipient);

	(void)context;
	if (reply->length > BOUNCE_MAX_LINE || strlen(reply->code) > 3 ||
	    strlen(reply->status) > 15 ||
	    (reply->length > 0 && reply->text == NULL) ||
	    utf8_invalid_at(reply->recipient, n) < n)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	static struct error_book *book;	/* loaded once */
	static struct explanation found;
	struct problem problem = { EX_OK, "" };
	char meaning[2048];
	size_t i;

	if (book == NULL && errors_load("data/errors.json", &book,
	    &problem) != EX_OK)
		abort();
	bounce_read((const char *)bytes, size, check_reply, NULL);
	explain(book, (const char *)bytes, size, &found);
	for (i = 0; i < found.count; i++)
		explain_generic(book, &found.findings[i], false, meaning,
		    sizeof(meaning));
	return 0;
}
