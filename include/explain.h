#ifndef OVHMAIL_EXPLAIN_H
#define OVHMAIL_EXPLAIN_H

#include "data.h"

/*
 * The known error whose match strings occur in the text (ignoring case),
 * or NULL.  The first error in the file wins.
 */
const struct known_error	*explain(const struct dataset *, const char *text);

#endif
