#ifndef OVHMAIL_FORMAT_H
#define OVHMAIL_FORMAT_H

#include <stdbool.h>
#include <stdio.h>

#include "item.h"
#include "problem.h"

struct error_book;
struct explanation;

enum format {
	FORMAT_TEXT,
	FORMAT_JSON,
	FORMAT_ENV,
	FORMAT_FIELDS		/* chosen by --field */
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

/* What explain found, as an array of objects (see ovhmail(1)). */
void	json_findings(FILE *, const struct error_book *,
	    const struct explanation *);

/* A JSON string, escaped as RFC 8259 asks. */
void	json_print_string(FILE *, const char *);

/* The text format, for people. */
void	text_record(FILE *, const struct record *, bool colour);
void	text_table(FILE *, const struct answer *, bool colour);
void	text_findings(FILE *, const struct error_book *,
	    const struct explanation *, bool colour);
void	text_webmail(FILE *, const struct offer *);
void	text_limits(FILE *, const struct offer *, bool colour);

/* ovhmail guide: numbered steps for people, or json for programs. */
struct guide;
void	text_guide(FILE *, const struct guide *, bool colour);
void	json_guide(FILE *, const struct guide *);

#endif
