/*
 * Reading a JSON file that comes from outside: its size bounded, its text
 * checked as UTF-8 without NUL, and every value validated by a walk that
 * names where a problem is (see reader.h).
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <cjson/cJSON.h>

#include "i18n.h"
#include "infile.h"
#include "json_doc.h"
#include "reader.h"
#include "utf8.h"

#define MAX_TEXT	4096	/* bytes in one string of a file */
#define MAX_ID		32


int
rd_read_file(const char *path, char **text, size_t *length,
    struct problem *problem)
{
	return infile_read(path, INFILE_FILE_OR_PIPE, READER_MAX_BYTES, text,
	    length, problem);
}

/* Line and column (in characters) of a byte offset, for messages. */
static void
position(const char *text, size_t offset, size_t *line, size_t *column)
{
	size_t i;

	*line = 1;
	*column = 1;
	for (i = 0; i < offset; i++) {
		if (text[i] == '\n') {
			(*line)++;
			*column = 1;
		} else if (((unsigned char)text[i] & 0xc0) != 0x80)
			(*column)++;
	}
}

/*
 * One lexical pass over the text for two things cJSON would not say.  It
 * needs no valid JSON: a backslash in a string always takes the next
 * character with it.
 * - At least as many as the values in the text, so that cJSON's memory,
 *   which grows with the number of values, is known before it parses:
 *   each value is the whole text, the first in its array or object, or
 *   follows a comma.
 * - The first \u0000 escape in a string.  cJSON would decode it to a NUL
 *   that silently ends the C string, so that "ssl0.ovh.net\u0000evil"
 *   would be read as "ssl0.ovh.net".
 */
struct scan {
	size_t	values;
	size_t	nul_escape;	/* its offset, or the length if none */
};

/*
 * The bytes a scan stops at, in a string and outside one.  The NUL that
 * ends the text stops both, so that the loops need no bound of their own.
 */
#define STOP_IN_STRING	1
#define STOP_OUTSIDE	2
static const unsigned char stops[UCHAR_MAX + 1] = {
	['\0'] = STOP_IN_STRING | STOP_OUTSIDE,
	['"'] = STOP_IN_STRING | STOP_OUTSIDE,
	['\\'] = STOP_IN_STRING,
	[','] = STOP_OUTSIDE, ['['] = STOP_OUTSIDE, ['{'] = STOP_OUTSIDE,
};

static unsigned char
stop(const char *text, size_t at)
{
	return stops[(unsigned char)text[at]];
}

/* Returns the offset after the string whose first byte is at AT. */
static size_t
scan_string(const char *text, size_t at, size_t length, struct scan *scan)
{
	for (;;) {
		while (!(stop(text, at) & STOP_IN_STRING))
			at++;
		if (text[at] == '"')
			return at + 1;
		if (text[at] == '\0' || text[at + 1] == '\0')
			return length;
		/* strncmp(3) stops at the NUL that ends the text. */
		if (text[at + 1] == 'u' && strncmp(text + at + 1, "u0000",
		    5) == 0) {
			scan->nul_escape = at;
			return length;
		}
		at += 2;
	}
}

/* TEXT[LENGTH] is NUL, and there is no other. */
static void
scan_text(const char *text, size_t length, struct scan *scan)
{
	size_t at = 0;

	scan->values = 1;
	scan->nul_escape = length;
	while (at < length) {
		while (!(stop(text, at) & STOP_OUTSIDE))
			at++;
		if (text[at] == '\0')
			break;
		if (text[at++] == '"')
			at = scan_string(text, at, length, scan);
		else
			scan->values++;
	}
}

static int
check_text(const char *path, const char *text, size_t length,
    struct problem *problem)
{
	size_t at, line, column;
	struct scan scan;
	const char *nul;

	if (length == 0)
		return problem_set(problem, EX_DATAERR, path, "file is empty");
	if ((nul = memchr(text, '\0', length)) != NULL) {
		position(text, (size_t)(nul - text), &line, &column);
		return problem_set(problem, EX_DATAERR, path,
		    "line %zu, column %zu: NUL byte in the file", line, column);
	}
	if ((at = utf8_invalid_at(text, length)) < length) {
		position(text, at, &line, &column);
		return problem_set(problem, EX_DATAERR, path,
		    "line %zu, column %zu: not valid UTF-8", line, column);
	}
	scan_text(text, length, &scan);
	if (scan.values > READER_MAX_VALUES)
		return problem_set(problem, EX_DATAERR, path,
		    "more than %lu values, the limit", READER_MAX_VALUES);
	if (scan.nul_escape < length) {
		position(text, scan.nul_escape, &line, &column);
		return problem_set(problem, EX_DATAERR, path,
		    "line %zu, column %zu: \\u0000 in a string", line, column);
	}
	return EX_OK;
}

/*
 * How deep in arrays and objects OFFSET is: cJSON gives up past
 * CJSON_NESTING_LIMIT levels with the same error as for bad syntax.
 */
static size_t
depth_at(const char *text, size_t offset)
{
	size_t at, depth = 0;
	bool in_string = false;

	for (at = 0; at < offset; at++) {
		if (in_string) {
			if (text[at] == '\\' && at + 1 < offset)
				at++;
			else if (text[at] == '"')
				in_string = false;
		} else if (text[at] == '"')
			in_string = true;
		else if (text[at] == '[' || text[at] == '{')
			depth++;
		else if ((text[at] == ']' || text[at] == '}') && depth > 0)
			depth--;
	}
	return depth;
}

static int
parse_json(const char *path, const char *text, size_t length,
    struct json_doc **document, struct problem *problem)
{
	const char *end = NULL;
	size_t offset, line, column;
	int error;

	/*
	 * cJSON checks for trailing garbage by looking for the terminating
	 * NUL within the length; check_text() made sure it is the only one.
	 */
	if ((error = json_doc_parse(text, length + 1, &end, document)) == 0)
		return EX_OK;
	if (error == ENOMEM)
		return problem_set(problem, EX_OSERR, path, "out of memory");
	offset = end != NULL && end >= text && end <= text + length ?
	    (size_t)(end - text) : length;
	position(text, offset, &line, &column);
	if ((text[offset] == '[' || text[offset] == '{') &&
	    depth_at(text, offset) >= CJSON_NESTING_LIMIT)
		return problem_set(problem, EX_DATAERR, path,
		    "line %zu, column %zu: nested too deeply (more than %d "
		    "levels)", line, column, CJSON_NESTING_LIMIT);
	return problem_set(problem, EX_DATAERR, path,
	    "line %zu, column %zu: %s", line, column, offset >= length ?
	    "JSON ends too soon" : "JSON syntax error");
}

/*
 * Validation.  A reader walks the document keeping the path of the value
 * in hand, so that every message says where the problem is.  After the
 * first problem the getters return harmless defaults and report nothing
 * more, which keeps the walk free of error checks at every step.
 */

bool
rd_failed(const struct reader *r)
{
	return r->problem->status != EX_OK;
}

/* The path of the value in hand, in words: "offers[2].servers[0].host". */
static void
path_text(const struct reader *r, char *text, size_t size)
{
	size_t i, used = 0;
	int length;

	text[0] = '\0';
	for (i = 0; i < r->depth && used < size; i++) {
		if (i == READER_MAX_DEPTH) {
			snprintf(text + used, size - used, "...");
			break;
		}
		if (r->steps[i].key == NULL)
			length = snprintf(text + used, size - used, "[%zu]",
			    r->steps[i].index);
		else
			length = snprintf(text + used, size - used, "%s%s",
			    i > 0 ? "." : "", r->steps[i].key);
		if (length < 0)
			break;
		used += (size_t)length;
	}
}

static bool
rd_vbad(struct reader *r, const char *fmt, va_list ap)
{
	char text[512], path[256];

	vsnprintf(text, sizeof(text), gettext(fmt), ap);
	if (r->depth == 0)
		problem_set(r->problem, EX_DATAERR, r->file, "%s", text);
	else {
		path_text(r, path, sizeof(path));
		problem_set(r->problem, EX_DATAERR, r->file, "%s: %s", path,
		    text);
	}
	return false;
}

bool
rd_bad(struct reader *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	rd_vbad(r, fmt, ap);
	va_end(ap);
	return false;
}

/*
 * Every value read enters its path, so this is on the way of every
 * lookup: a step is kept as it is and put in words only for a message,
 * which is almost never printed.
 */
static size_t
push(struct reader *r, const char *key, size_t index)
{
	size_t mark = r->depth;

	if (mark < READER_MAX_DEPTH) {
		r->steps[mark].key = key;
		r->steps[mark].index = index;
	}
	r->depth = mark + 1;
	return mark;
}

size_t
rd_enter_key(struct reader *r, const char *key)
{
	return push(r, key, 0);
}

size_t
rd_enter_index(struct reader *r, size_t index)
{
	return push(r, NULL, index);
}

void
rd_leave(struct reader *r, size_t mark)
{
	r->depth = mark;
}

bool
rd_bad_member(struct reader *r, const char *key, const char *fmt, ...)
{
	size_t mark = rd_enter_key(r, key);
	va_list ap;

	va_start(ap, fmt);
	rd_vbad(r, fmt, ap);
	va_end(ap);
	rd_leave(r, mark);
	return false;
}

static size_t
count_keys(const char *const keys[])
{
	size_t n = 0;

	while (keys[n] != NULL)
		n++;
	return n;
}

/*
 * The index of KEY in KEYS, or NKEYS.  Members mostly come in the order of
 * KEYS, so the search starts at FROM, after the last one found.
 */
static size_t
key_index(const char *key, const char *const keys[], size_t nkeys,
    size_t from)
{
	size_t n, i = from;

	for (n = 0; n < nkeys; n++, i++) {
		if (i >= nkeys)
			i = 0;
		if (key[0] == keys[i][0] && strcmp(key, keys[i]) == 0)
			return i;
	}
	return nkeys;
}

/*
 * An object with only known keys, each once.  A bit for each known key
 * seen finds a second one without comparing every pair of keys.  The
 * members are kept by key, so that rd_member() need not look for them
 * again.
 */
bool
rd_object(struct reader *r, const cJSON *json, const char *const keys[])
{
	size_t i, from = 0, nkeys = count_keys(keys);
	uint64_t seen = 0, bit;
	const cJSON *item;

	r->object = NULL;
	if (rd_failed(r))
		return false;
	if (!cJSON_IsObject(json))
		return rd_bad(r, "must be an object");
	for (i = 0; i < nkeys; i++)
		r->members[i] = NULL;
	cJSON_ArrayForEach(item, json) {
		if ((i = key_index(item->string, keys, nkeys, from)) == nkeys)
			return rd_bad(r, "unknown key \"%s\"",
			    problem_echo(item->string));
		bit = UINT64_C(1) << i;
		if (seen & bit)
			return rd_bad(r, "duplicate key \"%s\"",
			    problem_echo(item->string));
		seen |= bit;
		r->members[i] = item;
		from = i + 1;
	}
	r->object = json;
	r->keys = keys;
	r->nkeys = nkeys;
	r->next_key = 0;
	return true;
}

/*
 * Where rd_object() kept the member KEY.  The caller's KEY is mostly the
 * very string in the keys (the same literal), which is quicker to find by
 * its address than by its letters; and members are mostly read in the
 * order of the keys, so the search starts after the last one read.
 */
static const cJSON *
kept_member(struct reader *r, const char *key)
{
	size_t n, i = r->next_key;

	for (n = 0; n < r->nkeys; n++, i++) {
		if (i >= r->nkeys)
			i = 0;
		if (r->keys[i] == key) {
			r->next_key = i + 1;
			return r->members[i];
		}
	}
	for (i = 0; i < r->nkeys; i++)
		if (strcmp(r->keys[i], key) == 0)
			return r->members[i];
	return NULL;
}

const cJSON *
rd_member(struct reader *r, const cJSON *object, const char *key, bool required)
{
	const cJSON *item;

	if (rd_failed(r))
		return NULL;
	item = object == r->object ? kept_member(r, key) :
	    cJSON_GetObjectItemCaseSensitive(object, key);
	if (item == NULL && required)
		rd_bad(r, "missing \"%s\"", key);
	return item;
}

static bool
has_control(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return true;
	return false;
}

/* Checks the string at the reader's current path. */
const char *
rd_string(struct reader *r, const cJSON *item)
{
	if (rd_failed(r))
		return "";
	if (!cJSON_IsString(item) || item->valuestring == NULL)
		rd_bad(r, "must be a string");
	else if (item->valuestring[0] == '\0')
		rd_bad(r, "must not be empty");
	else if (strlen(item->valuestring) > MAX_TEXT)
		rd_bad(r, "longer than %d bytes", MAX_TEXT);
	else if (has_control(item->valuestring))
		rd_bad(r, "contains a control character");
	else
		return item->valuestring;
	return "";
}

static const char *
rd_string_at(struct reader *r, const cJSON *item, const char *key)
{
	size_t mark = rd_enter_key(r, key);
	const char *s = rd_string(r, item);

	rd_leave(r, mark);
	return s;
}

const char *
rd_text(struct reader *r, const cJSON *object, const char *key)
{
	const cJSON *item = rd_member(r, object, key, true);

	return item == NULL ? "" : rd_string_at(r, item, key);
}

const char *
rd_optional_text(struct reader *r, const cJSON *object, const char *key)
{
	const cJSON *item = rd_member(r, object, key, false);

	return item == NULL ? NULL : rd_string_at(r, item, key);
}

static bool
valid_id(const char *s)
{
	size_t n = 0;

	if (!(s[0] >= 'a' && s[0] <= 'z') && !(s[0] >= '0' && s[0] <= '9'))
		return false;
	for (; s[n] != '\0'; n++)
		if (!(s[n] >= 'a' && s[n] <= 'z') &&
		    !(s[n] >= '0' && s[n] <= '9') && s[n] != '-')
			return false;
	return n <= MAX_ID;
}

const char *
rd_id(struct reader *r, const cJSON *object, const char *key)
{
	const char *s = rd_text(r, object, key);

	if (!rd_failed(r) && !valid_id(s))
		rd_bad_member(r, key, "\"%s\" is not an id (lower-case "
		    "letters, digits and -, at most %d)", problem_echo(s),
		    MAX_ID);
	return s;
}

bool
rd_bool(struct reader *r, const cJSON *object, const char *key)
{
	const cJSON *item = rd_member(r, object, key, true);

	if (item == NULL)
		return false;
	if (!cJSON_IsBool(item))
		return rd_bad_member(r, key, "must be true or false");
	return cJSON_IsTrue(item);
}

long
rd_integer(struct reader *r, const cJSON *object, const char *key,
    long min, long max)
{
	const cJSON *item = rd_member(r, object, key, true);
	double value;

	if (item == NULL)
		return min;
	value = cJSON_IsNumber(item) ? item->valuedouble : NAN;
	if (isfinite(value) && value == floor(value) && value >= min &&
	    value <= max)
		return (long)value;
	rd_bad_member(r, key, "must be a whole number from %ld to %ld", min,
	    max);
	return min;
}

int
rd_enum(struct reader *r, const cJSON *object, const char *key,
    const char *const names[])
{
	const char *s = rd_text(r, object, key);
	int i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	if (!rd_failed(r))
		rd_bad_member(r, key, "unknown value \"%s\"",
		    problem_echo(s));
	return 0;
}


const cJSON *
rd_array(struct reader *r, const cJSON *object, const char *key,
    bool nonempty)
{
	const cJSON *item = rd_member(r, object, key, true);

	if (item == NULL)
		return NULL;
	if (!cJSON_IsArray(item))
		rd_bad_member(r, key, "must be an array");
	else if (nonempty && item->child == NULL)
		rd_bad_member(r, key, "must not be empty");
	return rd_failed(r) ? NULL : item;
}

void
rd_add_unique(struct reader *r, struct strset *seen, const char *key,
    const char *what)
{
	rd_add_entry(r, seen, key, NULL, what);
}

void
rd_add_entry(struct reader *r, struct strset *seen, const char *key,
    const void *value, const char *what)
{
	if (rd_failed(r))
		return;
	switch (strset_put(seen, key, value)) {
	case STRSET_ADDED:
		break;
	case STRSET_PRESENT:
		rd_bad(r, "duplicate %s \"%s\"", gettext(what),
		    problem_echo(key));
		break;
	case STRSET_NOMEM:
		problem_set(r->problem, EX_OSERR, r->file, "out of memory");
		break;
	}
}

struct strset *
rd_new_set(struct reader *r)
{
	struct strset *set;

	if ((set = strset_new()) == NULL)
		problem_set(r->problem, EX_OSERR, r->file, "out of memory");
	return set;
}
void
rd_list(struct reader *r, const char *key, const cJSON *array, size_t count,
    rd_item *read, void *context)
{
	const cJSON *json = array != NULL ? array->child : NULL;
	size_t i, mark = rd_enter_key(r, key), item;

	/* count is less than the items only when rd_allocate() failed. */
	for (i = 0; json != NULL && i < count && !rd_failed(r);
	    json = json->next, i++) {
		item = rd_enter_index(r, i);
		read(r, context, json, i);
		rd_leave(r, item);
	}
	rd_leave(r, mark);
}

/* Allocates the C array for the items of a JSON array, or reports. */
void *
rd_allocate(struct reader *r, const cJSON *array, size_t size, size_t *count)
{
	const cJSON *item;
	void *p;

	*count = 0;
	if (array == NULL || rd_failed(r))
		return NULL;
	cJSON_ArrayForEach(item, array)
		(*count)++;
	if (*count == 0)
		return NULL;
	if ((p = calloc(*count, size)) == NULL) {
		*count = 0;
		problem_set(r->problem, EX_OSERR, r->file, "out of memory");
	}
	return p;
}

int
rd_parse(const char *name, const char *text, size_t length,
    struct json_doc **document, struct problem *problem)
{
	*document = NULL;
	if (check_text(name, text, length, problem) != EX_OK)
		return problem->status;
	return parse_json(name, text, length, document, problem);
}
