#ifndef OVHMAIL_PHRASES_H
#define OVHMAIL_PHRASES_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A set of phrases, each with an owner (a number the caller chooses),
 * found in a text in one pass: case is ignored, and a phrase that starts
 * or ends with a letter or digit is found only as whole words ("553" is in
 * "553 5.7.1", not in "15530").  The phrases are kept, not copied.
 */

struct phrases;

struct phrases	*phrases_new(void);
void		 phrases_free(struct phrases *);
/* False when out of memory; a phrase under two bytes is never found. */
bool		 phrases_add(struct phrases *, const char *phrase,
		    unsigned owner);
/* Call once all are added; false when out of memory. */
bool		 phrases_build(struct phrases *);

typedef void	phrase_found(unsigned owner, void *context);

/* FOUND for each phrase occurring in TEXT, once per occurrence. */
void	phrases_find(const struct phrases *, const char *text, size_t length,
	    phrase_found *found, void *context);

/* Whether PHRASE occurs in TEXT, by the same rules, without an index. */
bool	phrase_in(const char *text, size_t length, const char *phrase);

#endif
