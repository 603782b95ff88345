/* libFuzzer target: one line of a mail log, as explain_line() reads it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "explain_log.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	struct reply r;
	size_t n;

	if (!explain_log_line((const char *)bytes, size, 1796608862, &r))
		return 0;
	n = strlen(r.recipient);
	if (r.length > BOUNCE_MAX_LINE || (r.length > 0 && (r.text == NULL ||
	    r.text < (const char *)bytes ||
	    r.text + r.length > (const char *)bytes + size)) ||
	    utf8_invalid_at(r.recipient, n) < n ||
	    strlen(r.remote_host) > BOUNCE_MAX_HOST ||
	    strlen(r.queue_id) > BOUNCE_MAX_QUEUE_ID)
		abort();
	for (n = 0; r.remote_host[n] != '\0'; n++)
		if ((unsigned char)r.remote_host[n] <= 0x20 ||
		    (unsigned char)r.remote_host[n] >= 0x7f)
			abort();
	return 0;
}
