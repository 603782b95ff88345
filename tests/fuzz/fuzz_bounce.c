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
	if ((!reply->named && reply->length > BOUNCE_MAX_LINE) ||
	    strlen(reply->code) > 3 || strlen(reply->status) > 15 ||
	    (reply->length > 0 && reply->text == NULL) ||
	    utf8_invalid_at(reply->recipient, n) < n)
		abort();
}

static void
check_finding(const struct finding *f, void *book)
{
	char meaning[2048];

	if (f->severity == SEVERITY_UNKNOWN || f->nalso > EXPLAIN_MAX_ALSO)
		abort();
	explain_generic(book, f, false, meaning, sizeof(meaning));
}

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	static struct error_book *book;	/* loaded once */
	struct problem problem = { EX_OK, "" };
	struct explainer x;

	if (book == NULL && errors_load("data/errors.json", &book,
	    &problem) != EX_OK)
		abort();
	bounce_read((const char *)bytes, size, check_reply, NULL);
	if (!explain_start(&x, book, size % 2 == 0, check_finding, book))
		abort();
	explain_message(&x, (const char *)bytes, size);
	explain_end(&x);
	return 0;
}
