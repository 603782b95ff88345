#ifndef OVHMAIL_FORMAT_H
#define OVHMAIL_FORMAT_H

#include <stdbool.h>
#include <stdio.h>

#include "item.h"
#include "problem.h"

enum format {
	FORMAT_TEXT,
	FORMAT_JSON,
	FORMAT_ENV,
	FORMAT_FIELDS,		/* chosen by --field */
	FORMAT_NAGIOS		/* a monitoring plugin's status line */
};

/*
 * The machine-readable formats print items.  Each checks what it can
 * before it prints anything, so that a failure leaves stdout empty.
 */
void	format_json(FILE *, const struct item *, size_t count,
	    bool as_array);
void	format_env(FILE *, const struct item *, size_t count);
int	format_fields(FILE *, const struct item *, size_t count,
	    const char *const *fields, size_t nfields, struct problem *);

/* A JSON string, escaped as RFC 8259 asks. */
void	json_print_string(FILE *, const char *);

#endif
