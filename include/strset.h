#ifndef OVHMAIL_STRSET_H
#define OVHMAIL_STRSET_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A set of strings, for finding duplicates and dangling references in the
 * data file in linear time however large the file is.  The set copies
 * nothing: the strings must outlive it.
 */
struct strset;

enum strset_added {
	STRSET_ADDED,
	STRSET_PRESENT,		/* the key was there already */
	STRSET_NOMEM
};

struct strset		*strset_new(void);
void			 strset_free(struct strset *);
enum strset_added	 strset_add(struct strset *, const char *key);
bool			 strset_has(const struct strset *, const char *key);

#endif
