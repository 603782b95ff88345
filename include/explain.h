#ifndef OVHMAIL_EXPLAIN_H
#define OVHMAIL_EXPLAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "bounce.h"
#include "errors.h"

/*
 * What explain finds in a text: each failure once, with the recipient it
 * concerns, and the documented OVHcloud error that explains it, or none
 * when only the standards' generic meanings apply.
 */

#define EXPLAIN_MAX_FINDINGS	100
#define EXPLAIN_MAX_INPUT	(10UL * 1024 * 1024)	/* bytes on stdin */

struct finding {
	char				 code[4];	/* or "" */
	char				 status[16];	/* or "" */
	char				 recipient[BOUNCE_MAX_ADDRESS + 1];
	const struct known_error	*error;		/* NULL: generic */
};

struct explanation {
	struct finding	findings[EXPLAIN_MAX_FINDINGS];
	size_t		count;
	size_t		left_out;	/* beyond EXPLAIN_MAX_FINDINGS */
	unsigned	stopped;	/* bounce_read()'s bounds that cut */
};

/*
 * Reads the text (LENGTH bytes of anything) and fills the explanation,
 * which the caller allocates.  Where one code has two documented
 * meanings, the text decides; with the bare code each is a finding.
 */
void	explain(const struct error_book *, const char *text, size_t length,
	    struct explanation *);

/*
 * The standards' meaning of the finding's reply code and status, in the
 * file's English, or translated for people: each piece goes through
 * gettext(3) when TRANSLATE is true.
 */
void	explain_generic(const struct error_book *, const struct finding *,
	    bool translate, char *buffer, size_t size);

/* The sources of the generic meanings used, "; " between them. */
void	explain_generic_sources(const struct error_book *,
	    const struct finding *, char *buffer, size_t size);

#endif
