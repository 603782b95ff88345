/*
 * A set of strings, with a value each: the duplicate and reference checks
 * of the readers.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "strset.h"

struct entry {
	const char	*key;		/* NULL: a free slot */
	const void	*value;
};

struct strset {
	struct entry	 *slots;
	size_t		  capacity;	/* a power of two */
	size_t		  count;	/* kept at most half the capacity */
};

static uint64_t
hash(const char *key)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */

	for (; *key != '\0'; key++)
		h = (h ^ (unsigned char)*key) * 1099511628211ULL;
	return h;
}

static size_t
find_slot(const struct entry *slots, size_t capacity, const char *key)
{
	size_t mask = capacity - 1;
	size_t i = (size_t)hash(key) & mask;

	while (slots[i].key != NULL && strcmp(slots[i].key, key) != 0)
		i = (i + 1) & mask;
	return i;
}

struct strset *
strset_new(void)
{
	struct strset *set;

	if ((set = malloc(sizeof(*set))) == NULL)
		return NULL;
	set->capacity = 16;
	set->count = 0;
	if ((set->slots = calloc(set->capacity, sizeof(*set->slots))) == NULL) {
		free(set);
		return NULL;
	}
	return set;
}

void
strset_free(struct strset *set)
{
	if (set == NULL)
		return;
	free(set->slots);
	free(set);
}

static bool
grow(struct strset *set)
{
	struct entry *slots;
	size_t capacity, i;

	if (set->capacity > SIZE_MAX / 2 / sizeof(*slots))
		return false;
	capacity = set->capacity * 2;
	if ((slots = calloc(capacity, sizeof(*slots))) == NULL)
		return false;
	for (i = 0; i < set->capacity; i++)
		if (set->slots[i].key != NULL)
			slots[find_slot(slots, capacity, set->slots[i].key)] =
			    set->slots[i];
	free(set->slots);
	set->slots = slots;
	set->capacity = capacity;
	return true;
}

enum strset_added
strset_put(struct strset *set, const char *key, const void *value)
{
	size_t i;

	if ((set->count + 1) * 2 > set->capacity && !grow(set))
		return STRSET_NOMEM;
	i = find_slot(set->slots, set->capacity, key);
	if (set->slots[i].key != NULL)
		return STRSET_PRESENT;
	set->slots[i].key = key;
	set->slots[i].value = value;
	set->count++;
	return STRSET_ADDED;
}

const void *
strset_get(const struct strset *set, const char *key)
{
	return set->slots[find_slot(set->slots, set->capacity, key)].value;
}
