#ifndef OVHMAIL_STRSET_H
#define OVHMAIL_STRSET_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A set of strings, for finding duplicates and dangling references in the
 * data file in linear time however large the file is, and resolving those
 * references: a key may carry a value.  The set copies nothing: the
 * strings and values must outlive it.
 */
struct strset;

enum strset_added {
	STRSET_ADDED,
	STRSET_PRESENT,		/* the key was there already */
	STRSET_NOMEM
};

struct strset		*strset_new(void);
void			 strset_free(struct strset *);
/* Adds KEY with VALUE; a key already there keeps its value. */
enum strset_added	 strset_put(struct strset *, const char *key,
			    const void *value);
/* The value put with KEY, or NULL. */
const void		*strset_get(const struct strset *, const char *key);

#endif
