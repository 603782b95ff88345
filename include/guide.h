#ifndef OVHMAIL_GUIDE_H
#define OVHMAIL_GUIDE_H

#include <stdbool.h>
#include <stddef.h>

#include "lookup.h"
#include "data.h"
#include "guides.h"
#include "problem.h"

/*
 * One client's steps for one offer and region, with the values filled in
 * from the table: what the guide command prints.
 */

struct guide_step {
	char			*text;
	const char		*field;		/* NULL: none */
	char			*field_copy;	/* what field points to when
						   the step owns it */
	char			*value;		/* NULL: none, or unknown */
	bool			 has_value;	/* value NULL: not given */
	const char		*trap;		/* NULL: not a trap */
	const struct source	*source;
};

struct guide {
	const struct client	*client;
	const char		*name;		/* the client's, in the
						   language of the steps */
	const struct offer	*offer;
	const struct region	*region;
	bool			 offer_assumed;	/* neither given nor
						   discovered: the default */
	const char		*email;		/* --email, or NULL */
	struct guide_step	*steps;
	size_t			 count;
};

/*
 * Builds the steps for people, in the language of the messages, or for
 * MACHINE formats: English, and a null value for an address not given.
 */
int	guide_build(const struct client *, const struct dataset *,
	    const struct query *, bool machine, struct guide *,
	    struct problem *);
void	guide_free(struct guide *);

/* Step N is the first to cite its source: the sources, each once. */
bool	guide_first_citation(const struct guide *, size_t n);

#endif
