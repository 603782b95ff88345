#ifndef OVHMAIL_ITEM_H
#define OVHMAIL_ITEM_H

#include <stdbool.h>
#include <stddef.h>

#include "explain.h"
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
	VALUE_BOOLEAN
};

struct value {
	enum value_type	 type;
	const char	*string;
	long		 integer;
	bool		 boolean;
};

#define ITEM_MAX_VALUES	16

struct item {
	char		 env_prefix[32];	/* between OVHMAIL_ and a key */
	size_t		 count;
	const char	*keys[ITEM_MAX_VALUES];
	struct value	 values[ITEM_MAX_VALUES];
};

void	item_from_record(struct item *, const struct record *, bool in_table);
void	item_from_error(struct item *, const struct known_error *);
void	item_from_webmail(struct item *, const struct offer *);

const struct value	*item_get(const struct item *, const char *key);

/* The value as env and --field print it: true, false, 993, "" for null. */
const char		*value_text(const struct value *, char *buffer,
			    size_t size);

#endif
