#ifndef OVHMAIL_DMARC_H
#define OVHMAIL_DMARC_H

#include <stdbool.h>
#include <stddef.h>

/*
 * DMARC records (RFC 7489 6.3, 6.4): "v=DMARC1" first, then tag=value
 * pairs separated by ';'.  Read without allocating.
 */

/* Whether TEXT starts with "v=DMARC1", as a DMARC record must. */
bool	dmarc_is_record(const char *text, size_t length);

/*
 * Returns NULL when the record is well formed, else what is wrong (a
 * message for gettext); POLICY gets p's value ("none", ...) or "".
 */
const char	*dmarc_problem(const char *text, size_t length,
		    char *policy, size_t policy_size);

/* Whether the record has tag NAME ("rua") with a value. */
bool	dmarc_has_tag(const char *text, size_t length, const char *name);

#endif
