/* errors.json: the errors explain knows, read and validated. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <cjson/cJSON.h>

#include "bounce.h"
#include "errors.h"
#include "i18n.h"
#include "json_doc.h"
#include "phrases.h"
#include "reader.h"
#include "strset.h"

const char *const errors_reason_ids[] = { "user_unknown", "mailbox_full",
	"message_too_big", "spam", "policy", "authentication", "rate_limit",
	"blacklisted", "relay_denied", "host_unknown", "network", "expired",
	"syntax", "system", "security", "suspended", "other", NULL };

/* Where doctor looks first for an error's cause (ovhmail-data(5)). */
const char *const errors_look_at_ids[] = { "login", "client_auth",
	"sending_dns", "connection", NULL };

static const struct source *
get_source(struct reader *r, const struct error_book *book,
    const cJSON *object)
{
	const char *id = rd_id(r, object, "source");
	size_t i;

	if (rd_failed(r))
		return NULL;
	for (i = 0; i < book->nsources; i++)
		if (strcmp(book->sources[i].id, id) == 0)
			return &book->sources[i];
	rd_bad_member(r, "source", "no source has the id \"%s\"", id);
	return NULL;
}

/* Member KEY, an array of strings, as a new C array. */
static const char **
get_strings(struct reader *r, const cJSON *object, const char *key,
    bool nonempty, size_t *count)
{
	const cJSON *array = rd_array(r, object, key, nonempty), *item;
	const char **list = rd_allocate(r, array, sizeof(*list), count);
	size_t mark, i = 0, at;

	/* Without a list (empty, or memory ran out) there is nothing to read. */
	if (list == NULL)
		return NULL;
	mark = rd_enter_key(r, key);
	cJSON_ArrayForEach(item, array) {
		at = rd_enter_index(r, i);
		list[i++] = rd_string(r, item);
		rd_leave(r, at);
	}
	rd_leave(r, mark);
	return list;
}

/* A reply code "550", as the standards allow: 2 to 5, 0 to 5, a digit. */
static bool
valid_code(const char *s)
{
	return strlen(s) == 3 && s[0] >= '2' && s[0] <= '5' && s[1] >= '0' &&
	    s[1] <= '5' && s[2] >= '0' && s[2] <= '9';
}

static bool
valid_status(const char *s)
{
	char status[16];

	return bounce_status(s, strlen(s), status) == strlen(s);
}

/* "5yz", "x5z", "550"; "5.X.X", "X.1.X", "X.1.1". */
static bool
valid_pattern(const char *s)
{
	char real[16];
	size_t n = strlen(s);

	if (n == 3)
		return (s[0] >= '2' && s[0] <= '5' && strcmp(s + 1, "yz") == 0) ||
		    (s[0] == 'x' && s[1] >= '0' && s[1] <= '5' && s[2] == 'z') ||
		    valid_code(s);
	if (n < 5 || n >= sizeof(real))
		return false;
	if (strcmp(s + 1, ".X.X") == 0)
		return s[0] == '2' || s[0] == '4' || s[0] == '5';
	if (s[0] != 'X')
		return false;
	/* X.1.X and X.1.1 are checked as the statuses 5.1.0 and 5.1.1. */
	snprintf(real, sizeof(real), "5%s", s + 1);
	if (strcmp(real + n - 2, ".X") == 0)
		real[n - 1] = '0';
	return valid_status(real);
}

static void
read_source(struct reader *r, struct error_book *book, const cJSON *json,
    size_t i, struct strset *ids)
{
	static const char *const keys[] = { "id", "title", "date", NULL };
	struct source *source = &book->sources[i];

	rd_object(r, json, keys);
	source->id = rd_id(r, json, "id");
	source->title = rd_text(r, json, "title");
	source->date = rd_text(r, json, "date");
	rd_add_unique(r, ids, source->id, N_("source id"));
}

static void
check_error(struct reader *r, const struct known_error *e)
{
	if (rd_failed(r))
		return;
	if (e->code != NULL && !valid_code(e->code))
		rd_bad_member(r, "code", "must be a reply code such as "
		    "\"550\"");
	else if (e->status != NULL && !valid_status(e->status))
		rd_bad_member(r, "status", "must be a status code such as "
		    "\"5.7.1\"");
	else if (e->code == NULL && e->status == NULL && e->nmatch == 0)
		rd_bad_member(r, "match", "is empty, and there is no code to "
		    "match");
}

/* The optional "look_at": names of errors_look_at_ids. */
static const char **
get_look_at(struct reader *r, const cJSON *object, size_t *count)
{
	const char **list;
	size_t i, j;

	*count = 0;
	if (rd_member(r, object, "look_at", false) == NULL)
		return NULL;
	list = get_strings(r, object, "look_at", true, count);
	for (i = 0; list != NULL && i < *count && !rd_failed(r); i++) {
		for (j = 0; errors_look_at_ids[j] != NULL &&
		    strcmp(errors_look_at_ids[j], list[i]) != 0; j++)
			;
		if (errors_look_at_ids[j] == NULL)
			rd_bad_member(r, "look_at", "\"%s\" is not login, "
			    "client_auth, sending_dns or connection", list[i]);
	}
	return list;
}

/* The reason KEY names, which the reasons read before must hold. */
static const struct reason *
get_reason(struct reader *r, const struct error_book *book,
    const cJSON *object, const char *key)
{
	const char *id = rd_optional_text(r, object, key);
	const struct reason *reason;

	if (id == NULL || rd_failed(r))
		return NULL;
	if ((reason = errors_reason(book, id)) == NULL)
		rd_bad_member(r, key, "no reason has the id \"%s\"", id);
	return reason;
}

static void
read_conflict(struct reader *r, const struct error_book *book,
    const cJSON *json, struct conflict *conflict)
{
	static const char *const keys[] = { "fix", "source", NULL };
	const cJSON *object = rd_member(r, json, "conflict", false);
	size_t mark;

	if (object == NULL)
		return;
	mark = rd_enter_key(r, "conflict");
	rd_object(r, object, keys);
	conflict->fix = rd_text(r, object, "fix");
	conflict->source = get_source(r, book, object);
	rd_leave(r, mark);
}

static void
read_reason(struct reader *r, struct error_book *book, const cJSON *json,
    size_t i, struct strset *ids)
{
	static const char *const keys[] = { "id", "meaning", "status",
		"match", "source", "look_at", NULL };
	struct reason *reason = &book->reasons[i];
	size_t j;

	rd_object(r, json, keys);
	reason->id = rd_text(r, json, "id");
	reason->meaning = rd_text(r, json, "meaning");
	reason->status = get_strings(r, json, "status", false,
	    &reason->nstatus);
	reason->match = get_strings(r, json, "match", false, &reason->nmatch);
	reason->source = get_source(r, book, json);
	reason->look_at = get_look_at(r, json, &reason->nlook_at);
	rd_add_unique(r, ids, reason->id, N_("reason id"));
	for (j = 0; errors_reason_ids[j] != NULL && !rd_failed(r) &&
	    strcmp(errors_reason_ids[j], reason->id) != 0; j++)
		;
	if (!rd_failed(r) && errors_reason_ids[j] == NULL)
		rd_bad_member(r, "id", "\"%s\" is not a reason ovhmail "
		    "knows (see ovhmail-data(5))", reason->id);
	for (j = 0; j < reason->nstatus && !rd_failed(r); j++)
		if (!valid_status(reason->status[j]))
			rd_bad_member(r, "status", "must hold status codes "
			    "such as \"5.1.1\"");
}

static void
read_error(struct reader *r, struct error_book *book, const cJSON *json,
    size_t i, struct strset *ids)
{
	static const char *const keys[] = { "id", "code", "status", "reply",
		"match", "meaning", "fix", "offers", "source", "reason",
		"conflict", "look_at", NULL };
	struct known_error *e = &book->errors[i];

	rd_object(r, json, keys);
	e->id = rd_id(r, json, "id");
	rd_add_unique(r, ids, e->id, N_("error id"));
	e->code = rd_optional_text(r, json, "code");
	e->status = rd_optional_text(r, json, "status");
	e->reply = rd_text(r, json, "reply");
	e->match = get_strings(r, json, "match", false, &e->nmatch);
	e->meaning = rd_text(r, json, "meaning");
	e->fix = rd_text(r, json, "fix");
	e->offers = get_strings(r, json, "offers", true, &e->noffers);
	e->source = get_source(r, book, json);
	e->reason = get_reason(r, book, json, "reason");
	read_conflict(r, book, json, &e->conflict);
	e->look_at = get_look_at(r, json, &e->nlook_at);
	check_error(r, e);
}

static void
read_generic(struct reader *r, struct error_book *book, const cJSON *json,
    size_t i, struct strset *codes)
{
	static const char *const keys[] = { "code", "meaning", "source",
		"look_at", NULL };
	struct generic_meaning *g = &book->generic[i];

	rd_object(r, json, keys);
	g->code = rd_text(r, json, "code");
	g->meaning = rd_text(r, json, "meaning");
	g->source = get_source(r, book, json);
	g->look_at = get_look_at(r, json, &g->nlook_at);
	if (!rd_failed(r) && !valid_pattern(g->code))
		rd_bad_member(r, "code", "must be a pattern such as \"5yz\", "
		    "\"x5z\", \"550\", \"5.X.X\", \"X.1.X\" or \"X.1.1\"");
	rd_add_unique(r, codes, g->code, N_("generic code"));
}

typedef void	read_item(struct reader *, struct error_book *, const cJSON *,
		    size_t, struct strset *);

/* The array KEY of the root, each item read into ITEMS, ids unique. */
static void
read_list(struct reader *r, struct error_book *book, const char *key,
    size_t size, void **items, size_t *count, read_item *read)
{
	const cJSON *root = json_doc_root(book->document), *json;
	const cJSON *array = rd_array(r, root, key, true);
	struct strset *seen = rd_new_set(r);
	size_t mark, at, i = 0;

	if ((*items = rd_allocate(r, array, size, count)) == NULL)
		array = NULL;
	mark = rd_enter_key(r, key);
	cJSON_ArrayForEach(json, array) {
		at = rd_enter_index(r, i);
		read(r, book, json, i++, seen);
		rd_leave(r, at);
		if (rd_failed(r))
			break;
	}
	rd_leave(r, mark);
	strset_free(seen);
}

static void
read_book(struct reader *r, struct error_book *book)
{
	static const char *const keys[] = { "schema", "sources", "reasons",
		"errors", "generic", NULL };
	const cJSON *root = json_doc_root(book->document);
	long schema;

	rd_object(r, root, keys);
	schema = rd_integer(r, root, "schema", 0, INT_MAX);
	if (!rd_failed(r) && schema != ERRORS_SCHEMA)
		rd_bad(r, "schema %ld is not supported (this ovhmail reads "
		    "schema %d)", schema, ERRORS_SCHEMA);
	read_list(r, book, "sources", sizeof(*book->sources),
	    (void **)&book->sources, &book->nsources, read_source);
	read_list(r, book, "reasons", sizeof(*book->reasons),
	    (void **)&book->reasons, &book->nreasons, read_reason);
	read_list(r, book, "errors", sizeof(*book->errors),
	    (void **)&book->errors, &book->nerrors, read_error);
	read_list(r, book, "generic", sizeof(*book->generic),
	    (void **)&book->generic, &book->ngeneric, read_generic);
}

/* Every match text in one index, so that a line is looked at once. */
static int
index_phrases(struct error_book *book, struct problem *problem)
{
	size_t i, j;
	bool ok = (book->phrases = phrases_new()) != NULL;

	for (i = 0; ok && i < book->nerrors; i++)
		for (j = 0; ok && j < book->errors[i].nmatch; j++)
			ok = phrases_add(book->phrases,
			    book->errors[i].match[j], (unsigned)i);
	for (i = 0; ok && i < book->nreasons; i++)
		for (j = 0; ok && j < book->reasons[i].nmatch; j++)
			ok = phrases_add(book->phrases,
			    book->reasons[i].match[j],
			    (unsigned)(book->nerrors + i));
	if (!ok || !phrases_build(book->phrases))
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	return EX_OK;
}

int
errors_locate(const char *data_path, char **path, struct problem *problem)
{
	const char *env = getenv("OVHMAIL_ERRORS");

	if (env == NULL || env[0] == '\0')
		return data_beside(data_path, "errors.json", path, problem);
	if ((*path = strdup(env)) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	return EX_OK;
}

int
errors_load(const char *path, struct error_book **out,
    struct problem *problem)
{
	struct error_book *book;
	struct reader reader = { .problem = problem, .file = path };
	char *text = NULL;
	size_t length = 0;

	*out = NULL;
	if ((book = calloc(1, sizeof(*book))) == NULL ||
	    (book->path = strdup(path)) == NULL) {
		free(book);
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	}
	if (rd_read_file(path, &text, &length, problem) == EX_OK &&
	    rd_parse(path, text, length, &book->document, problem) == EX_OK)
		read_book(&reader, book);
	free(text);
	if (problem->status == EX_OK)
		index_phrases(book, problem);
	if (problem->status != EX_OK) {
		errors_free(book);
		return problem->status;
	}
	*out = book;
	return EX_OK;
}

void
errors_free(struct error_book *book)
{
	size_t i;

	if (book == NULL)
		return;
	for (i = 0; i < book->nerrors; i++) {
		free(book->errors[i].match);
		free(book->errors[i].offers);
		free(book->errors[i].look_at);
	}
	for (i = 0; i < book->nreasons; i++) {
		free(book->reasons[i].status);
		free(book->reasons[i].match);
		free(book->reasons[i].look_at);
	}
	free(book->reasons);
	phrases_free(book->phrases);
	free(book->errors);
	for (i = 0; i < book->ngeneric; i++)
		free(book->generic[i].look_at);
	free(book->generic);
	free(book->sources);
	json_doc_free(book->document);
	free(book->path);
	free(book);
}

const struct reason *
errors_reason(const struct error_book *book, const char *id)
{
	size_t i;

	for (i = 0; i < book->nreasons; i++)
		if (strcmp(book->reasons[i].id, id) == 0)
			return &book->reasons[i];
	return NULL;
}

const struct generic_meaning *
errors_generic(const struct error_book *book, const char *pattern)
{
	size_t i;

	for (i = 0; i < book->ngeneric; i++)
		if (strcmp(book->generic[i].code, pattern) == 0)
			return &book->generic[i];
	return NULL;
}
