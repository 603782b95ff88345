#ifndef OVHMAIL_HANDOFF_H
#define OVHMAIL_HANDOFF_H

#include <stddef.h>

#include "data.h"
#include "problem.h"

/*
 * ovhmail reads the data file, then runs ovhmail-check for "check": the
 * helper must not read the file a second time (a pipe such as --data
 * /dev/stdin is empty by then, and a file may have changed).  ovhmail
 * hands over the bytes it read in a sealed memfd, whose descriptor the
 * helper finds in the environment.
 */
#define HANDOFF_ENV	"OVHMAIL_CHECK_DATA_FD"

/* Puts the dataset's text in a sealed memfd that the helper inherits. */
int		handoff_give(const struct dataset *, struct problem *);

/*
 * The helper reads the data from a descriptor, not from its path: it is
 * told where errors.json is ($OVHMAIL_ERRORS), found beside that path as
 * explain finds it.
 */
int		handoff_errors(const struct dataset *, struct problem *);

/*
 * In the helper: the path to read the handed text from ("/dev/fd/N"),
 * written into BUFFER, or GIVEN when nothing was handed over.  The
 * variable is removed, so that it goes no further.
 */
const char	*handoff_take(const char *given, char *buffer, size_t size);

#endif
