/*
 * Reading a JSON file that comes from outside: its size bounded, its text
 * checked as UTF-8 without NUL, and every value validated by a walk that
 * names where a problem is (see reader.h).
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <cjson/cJSON.h>

#include "i18n.h"
#include "infile.h"
#include "reader.h"
#include "utf8.h"

#define MAX_TEXT	4096	/* bytes in one string of a file */
#define MAX_ID		32


int
rd_read_file(const char *path, char **text, size_t *length,
    struct problem *problem)
{
	return infile_read(path, READER_MAX_BYTES, text, length, problem);
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
 * Offset of the first \u0000 escape inside a JSON string, or LENGTH.
 * cJSON would decode it to a NUL that silently ends the C string, so that
 * "ssl0.ovh.net\u0000evil" would be read as "ssl0.ovh.net".  A lexical
 * scan: it needs no valid JSON, and a backslash always takes the next
 * character with it.
 */
static size_t
nul_escape_at(const char *text, size_t length)
{
	bool in_string = false;
	size_t i;

	for (i = 0; i < length; i++) {
		if (text[i] == '"')
			in_string = !in_string;
		else if (in_string && text[i] == '\\' && i + 1 < length) {
			if (length - i >= 6 && memcmp(text + i + 1, "u0000",
			    5) == 0)
				return i;
			i++;
		}
	}
	return length;
}

/*
 * At least as many as the values in the text, so that cJSON's memory,
 * which grows with the number of values, is known before it parses: each
 * value is the whole text, the first in its array or object, or follows a
 * comma.  Strings are skipped, a backslash taking the next character.
 */
static size_t
values_at_most(const char *text, size_t length)
{
	bool in_string = false;
	size_t i, count = 1;

	for (i = 0; i < length; i++) {
		if (text[i] == '"')
			in_string = !in_string;
		else if (in_string) {
			if (text[i] == '\\')
				i++;
		} else if (text[i] == ',' || text[i] == '[' || text[i] == '{')
			count++;
	}
	return count;
}

static int
check_text(const char *path, const char *text, size_t length,
    struct problem *problem)
{
	size_t at, line, column;
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
	if (values_at_most(text, length) > READER_MAX_VALUES)
		return problem_set(problem, EX_DATAERR, path,
		    "more than %lu values, the limit", READER_MAX_VALUES);
	if ((at = nul_escape_at(text, length)) < length) {
		position(text, at, &line, &column);
		return problem_set(problem, EX_DATAERR, path,
		    "line %zu, column %zu: \\u0000 in a string", line, column);
	}
	return EX_OK;
}

static int
parse_json(const char *path, const char *text, size_t length,
    cJSON **document, struct problem *problem)
{
	const char *end = NULL;
	size_t offset, line, column;

	/*
	 * cJSON checks for trailing garbage by looking for the terminating
	 * NUL within the length; check_text() made sure it is the only one.
	 */
	errno = 0;
	*document = cJSON_ParseWithLengthOpts(text, length + 1, &end, 1);
	if (*document != NULL)
		return EX_OK;
	/* cJSON says NULL for both; malloc(3) says ENOMEM, strtod(3) never. */
	if (errno == ENOMEM)
		return problem_set(problem, EX_OSERR, path, "out of memory");
	offset = end != NULL && end >= text && end <= text + length ?
	    (size_t)(end - text) : length;
	position(text, offset, &line, &column);
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

static bool
rd_vbad(struct reader *r, const char *fmt, va_list ap)
{
	char text[512];

	vsnprintf(text, sizeof(text), gettext(fmt), ap);
	if (r->length == 0)
		problem_set(r->problem, EX_DATAERR, r->file, "%s", text);
	else
		problem_set(r->problem, EX_DATAERR, r->file, "%s: %s",
		    r->path, text);
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
 * Appends TEXT to the path and returns the mark that rd_leave() goes back
 * to.  Every value read enters its path, so this is on the path of every
 * lookup: plain copies here, no printf, which cost a fifth of a lookup's
 * instructions for messages that are almost never printed.
 */
static size_t
append(struct reader *r, const char *text, size_t length)
{
	size_t mark = r->length, room = sizeof(r->path) - 1 - mark;

	if (length > room)
		length = room;
	memcpy(r->path + mark, text, length);
	r->length = mark + length;
	r->path[r->length] = '\0';
	return mark;
}

size_t
rd_enter_key(struct reader *r, const char *key)
{
	size_t mark = r->length;

	if (mark > 0)
		append(r, ".", 1);
	append(r, key, strlen(key));
	return mark;
}

size_t
rd_enter_index(struct reader *r, size_t index)
{
	char text[32], *p = text + sizeof(text);

	*--p = ']';
	do
		*--p = (char)('0' + index % 10);
	while ((index /= 10) > 0);
	*--p = '[';
	return append(r, p, (size_t)(text + sizeof(text) - p));
}

void
rd_leave(struct reader *r, size_t mark)
{
	r->length = mark;
	r->path[mark] = '\0';
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

/* The index of KEY in KEYS, or that of their final NULL. */
static size_t
key_index(const char *key, const char *const keys[])
{
	size_t i;

	for (i = 0; keys[i] != NULL; i++)
		if (strcmp(key, keys[i]) == 0)
			break;
	return i;
}

/*
 * An object with only known keys, each once.  A bit for each known key
 * seen finds a second one without comparing every pair of keys.
 */
bool
rd_object(struct reader *r, const cJSON *json, const char *const keys[])
{
	uint64_t seen = 0, bit;
	const cJSON *item;
	size_t i;

	if (rd_failed(r))
		return false;
	if (!cJSON_IsObject(json))
		return rd_bad(r, "must be an object");
	cJSON_ArrayForEach(item, json) {
		if (keys[i = key_index(item->string, keys)] == NULL)
			return rd_bad(r, "unknown key \"%s\"",
			    problem_echo(item->string));
		bit = UINT64_C(1) << i;
		if (seen & bit)
			return rd_bad(r, "duplicate key \"%s\"",
			    problem_echo(item->string));
		seen |= bit;
	}
	return true;
}

const cJSON *
rd_member(struct reader *r, const cJSON *object, const char *key, bool required)
{
	const cJSON *item;

	if (rd_failed(r))
		return NULL;
	item = cJSON_GetObjectItemCaseSensitive(object, key);
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

const char *
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
    cJSON **document, struct problem *problem)
{
	*document = NULL;
	if (check_text(name, text, length, problem) != EX_OK)
		return problem->status;
	return parse_json(name, text, length, document, problem);
}
