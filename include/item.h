#ifndef OVHMAIL_ITEM_H
#define OVHMAIL_ITEM_H

#include <stdbool.h>
#include <stddef.h>

#include "lookup.h"

/*
 * An answer as named values, in a fixed order: what the machine-readable
 * formats (json, env, --field) print, so that they always agree on the
 * names and values.  Items point at strings they do not own.
 */

enum value_type {
	VALUE_NULL,
	VALUE_STRING,
	VALUE_INTEGER,
	VALUE_BOOLEAN,
	VALUE_LIST		/* strings: a JSON array, else space-separated */
};

struct value {
	enum value_type	 type;
	const char	*string;
	long		 integer;
	bool		 boolean;
	const char	**list;
	size_t		 nlist;
};

#define ITEM_MAX_VALUES	16
#define VALUE_TEXT_MAX	1024	/* value_text()'s buffer for any value */

struct item {
	char		 env_prefix[32];	/* between OVHMAIL_ and a key */
	size_t		 count;
	const char	*keys[ITEM_MAX_VALUES];
	struct value	 values[ITEM_MAX_VALUES];
};

void	item_from_record(struct item *, const struct record *, bool in_table);
void	item_from_webmail(struct item *, const struct offer *);
/* One sending limit or quota of the offer; conflict: another disagrees. */
void	item_from_sending(struct item *, const struct offer *,
	    const struct sending_limit *);
void	item_from_quota(struct item *, const struct offer *,
	    const struct quota *, bool conflict);

const struct value	*item_get(const struct item *, const char *key);

/*
 * The value as env and --field print it: true, false, 993, "" for null,
 * a list's strings separated by spaces.  SIZE is at least VALUE_TEXT_MAX.
 */
const char		*value_text(const struct value *, char *buffer,
			    size_t size);

#endif
