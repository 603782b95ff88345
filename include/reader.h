#ifndef OVHMAIL_READER_H
#define OVHMAIL_READER_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#include "problem.h"
#include "strset.h"

/*
 * What the data files' loaders share: reading a file with a bound on its
 * size, checking its text and parsing it, then walking the document.  A
 * reader keeps the path of the value in hand ("offers[2].host"), so that
 * every message says where the problem is.  After the first problem the
 * getters return harmless defaults ("", 0, NULL) and report nothing more,
 * which keeps a walk free of error checks at every step.
 */

#define READER_MAX_BYTES	(64UL * 1024 * 1024)
/* Values in a file: what bounds the parser's memory (about 100 B each). */
#define READER_MAX_VALUES	3000000UL

/* Keys an object may have, at most. */
#define READER_MAX_KEYS		64
/* Steps of a path kept for messages; deeper ones are left out ("..."). */
#define READER_MAX_DEPTH	16

struct json_doc;

/* A step of the path: a member's key, or an item's index. */
struct rd_step {
	const char	*key;		/* NULL for an index */
	size_t		 index;
};

struct reader {
	struct problem		*problem;
	const char		*file;
	/* The path of the value in hand, put in words only for a message. */
	struct rd_step		 steps[READER_MAX_DEPTH];
	size_t			 depth;
	/* The object rd_object() read last, and its members by key. */
	const cJSON		*object;
	const char *const	*keys;
	size_t			 nkeys;
	size_t			 next_key;	/* where rd_member() looks first */
	const cJSON		*members[READER_MAX_KEYS];
};

/*
 * The whole file, NUL-terminated; the text is the caller's to free.  See
 * infile_read(): a regular file or a pipe, read up to READER_MAX_BYTES.
 */
int	rd_read_file(const char *path, char **text, size_t *length,
	    struct problem *);
/*
 * UTF-8 without NUL, at most READER_MAX_VALUES values, no \u0000 escape,
 * then JSON; text[length] must be NUL.  Out of memory is EX_OSERR.
 */
int	rd_parse(const char *name, const char *text, size_t length,
	    struct json_doc **document, struct problem *);

bool	rd_failed(const struct reader *);
/* Report a problem with the value in hand, or with its member KEY. */
bool	rd_bad(struct reader *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
bool	rd_bad_member(struct reader *, const char *key, const char *fmt,
	    ...) __attribute__((format(printf, 3, 4)));

/*
 * Add to the path; each returns the mark that rd_leave() goes back to.
 * The KEY is kept, not copied: a string that outlives the step.
 */
size_t	rd_enter_key(struct reader *, const char *key);
size_t	rd_enter_index(struct reader *, size_t index);
void	rd_leave(struct reader *, size_t mark);

/*
 * An object with only the known KEYS (NULL-terminated, at most
 * READER_MAX_KEYS), each once.
 */
bool	rd_object(struct reader *, const cJSON *, const char *const keys[]);
const cJSON *rd_member(struct reader *, const cJSON *object, const char *key,
	    bool required);
/* Strings: not empty, bounded, without control characters. */
const char *rd_string(struct reader *, const cJSON *);
const char *rd_text(struct reader *, const cJSON *object, const char *key);
const char *rd_optional_text(struct reader *, const cJSON *object,
	    const char *key);
/* Lower-case letters, digits and -. */
const char *rd_id(struct reader *, const cJSON *object, const char *key);
bool	rd_bool(struct reader *, const cJSON *object, const char *key);
long	rd_integer(struct reader *, const cJSON *object, const char *key,
	    long min, long max);
/* The index of the value in NAMES (NULL-terminated). */
int	rd_enum(struct reader *, const cJSON *object, const char *key,
	    const char *const names[]);
const cJSON *rd_array(struct reader *, const cJSON *object, const char *key,
	    bool nonempty);

/* Reports a KEY seen before; WHAT, marked N_(), names the kind of key. */
void	rd_add_unique(struct reader *, struct strset *seen, const char *key,
	    const char *what);
/* The same, keeping VALUE for strset_get(): how references resolve. */
void	rd_add_entry(struct reader *, struct strset *seen, const char *key,
	    const void *value, const char *what);
struct strset *rd_new_set(struct reader *);
/*
 * Reads the first COUNT items of ARRAY (the member KEY of the object in
 * hand) with READ, each with its index on the path, until a problem.
 */
typedef void	rd_item(struct reader *, void *context, const cJSON *,
		    size_t index);
void	rd_list(struct reader *, const char *key, const cJSON *array,
	    size_t count, rd_item *read, void *context);
/* A zeroed C array for the items of a JSON array (NULL when empty). */
void	*rd_allocate(struct reader *, const cJSON *array, size_t size,
	    size_t *count);

#endif
