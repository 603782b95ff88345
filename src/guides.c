/*
 * guides.json: each client's set-up steps, in English, Dutch and French,
 * each step citing its source.  Read with the same bounded reader as the
 * server table (reader.h), and checked as strictly: a step's braces must
 * name a known placeholder, its languages must all be there.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <cjson/cJSON.h>

#include "guides.h"
#include "i18n.h"
#include "json_doc.h"
#include "reader.h"

static const char *const language_keys[] = { "en", "nl", "fr", NULL };
static const char *const placeholder_names[] = {
	"offer", "email", "imap.host", "imap.port", "imap.security",
	"smtp.host", "smtp.port", "smtp.security", "address", NULL
};

const char *
placeholder_name(enum placeholder placeholder)
{
	return placeholder_names[placeholder];
}

int
placeholder_at(const char *text, size_t *length)
{
	size_t n;
	int i;

	for (i = 0; placeholder_names[i] != NULL; i++) {
		n = strlen(placeholder_names[i]);
		if (text[0] == '{' &&
		    strncmp(text + 1, placeholder_names[i], n) == 0 &&
		    text[n + 1] == '}') {
			*length = n + 2;
			return i;
		}
	}
	return -1;
}

/* Validation. */

struct walk {
	struct guides		*guides;
	struct strset		*seen;
	const struct strset	*source_ids;	/* id -> struct source */
	struct client		*client;
	const char		**ids;	/* a step's offers or regions */
};

/* Every "{" must open a placeholder: the file has no other braces. */
static const char *
check_braces(struct reader *r, const char *key, const char *text)
{
	const char *brace;
	size_t length;

	for (brace = strchr(text, '{'); brace != NULL && !rd_failed(r);
	    brace = strchr(brace + 1, '{'))
		if (placeholder_at(brace, &length) < 0)
			rd_bad_member(r, key, "unknown placeholder at \"%.20s\"",
			    brace);
	return text;
}

static const char *
get_words(struct reader *r, const cJSON *object, const char *key,
    bool required)
{
	const char *text = required ? rd_text(r, object, key) :
	    rd_optional_text(r, object, key);

	return text == NULL ? NULL : check_braces(r, key, text);
}

static void
read_language(struct reader *r, struct step *step, const cJSON *object,
    enum language language)
{
	static const char *const english[] = { "text", NULL };
	static const char *const other[] = { "text", "field", "value", NULL };
	const char *key = language_keys[language];
	const cJSON *json = rd_member(r, object, key, true);
	struct step_words *words = &step->words[language];
	size_t mark;

	if (json == NULL)
		return;
	mark = rd_enter_key(r, key);
	rd_object(r, json, language == LANGUAGE_EN ? english : other);
	words->text = get_words(r, json, "text", true);
	words->field = get_words(r, json, "field", false);
	words->value = get_words(r, json, "value", false);
	if (words->field != NULL && step->field == NULL)
		rd_bad_member(r, "field", "the step has no English \"field\"");
	if (words->value != NULL && step->value == NULL)
		rd_bad_member(r, "value", "the step has no English \"value\"");
	rd_leave(r, mark);
}

static void
read_id(struct reader *r, void *context, const cJSON *json, size_t i)
{
	const struct walk *walk = context;

	walk->ids[i] = rd_string(r, json);
}

/* An optional list of offer or region ids the step is limited to. */
static const char **
read_ids(struct reader *r, const struct walk *walk, const cJSON *object,
    const char *key, size_t *count)
{
	struct walk inner = *walk;
	const cJSON *array;

	*count = 0;
	if (rd_member(r, object, key, false) == NULL)
		return NULL;
	array = rd_array(r, object, key, true);
	inner.ids = rd_allocate(r, array, sizeof(*inner.ids), count);
	rd_list(r, key, array, *count, read_id, &inner);
	return inner.ids;
}

static const struct source *
get_source(struct reader *r, const struct walk *walk, const cJSON *object)
{
	const char *id = rd_id(r, object, "source");
	const struct source *source;

	if (rd_failed(r))
		return NULL;
	if ((source = strset_get(walk->source_ids, id)) == NULL)
		rd_bad_member(r, "source", "no source has the id \"%s\"", id);
	return source;
}

static void
read_step(struct reader *r, void *context, const cJSON *json, size_t i)
{
	const struct walk *walk = context;
	static const char *const keys[] = { "offers", "regions", "trap",
		"field", "value", "en", "nl", "fr", "source", NULL };
	struct step *step = &walk->client->steps[i];
	int language;

	rd_object(r, json, keys);
	step->offers = read_ids(r, walk, json, "offers", &step->noffers);
	step->regions = read_ids(r, walk, json, "regions", &step->nregions);
	if (rd_member(r, json, "trap", false) != NULL)
		step->trap = rd_id(r, json, "trap");
	step->field = get_words(r, json, "field", false);
	step->value = get_words(r, json, "value", false);
	if (!rd_failed(r) && (step->value == NULL) != (step->field == NULL))
		rd_bad(r, "\"field\" and \"value\" go together");
	for (language = 0; language < LANGUAGE_COUNT; language++)
		read_language(r, step, json, (enum language)language);
	step->source = get_source(r, walk, json);
}

static void
read_security(struct reader *r, struct client *client, const cJSON *object)
{
	static const char *const keys[] = { "ssl", "starttls", "none", NULL };
	const cJSON *json = rd_member(r, object, "security", true);
	size_t i, mark;

	if (json == NULL)
		return;
	mark = rd_enter_key(r, "security");
	rd_object(r, json, keys);
	for (i = 0; keys[i] != NULL; i++)
		client->security[i] = rd_text(r, json, keys[i]);
	rd_leave(r, mark);
}

/* "names": the client's name in the other languages, each optional. */
static void
read_names(struct reader *r, struct client *client, const cJSON *object)
{
	static const char *const keys[] = { "nl", "fr", NULL };
	const cJSON *json = rd_member(r, object, "names", false);
	size_t mark;
	int language;

	for (language = 0; language < LANGUAGE_COUNT; language++)
		client->names[language] = client->name;
	if (json == NULL)
		return;
	mark = rd_enter_key(r, "names");
	rd_object(r, json, keys);
	for (language = 1; language < LANGUAGE_COUNT; language++)
		if (rd_member(r, json, language_keys[language], false) != NULL)
			client->names[language] = rd_text(r, json,
			    language_keys[language]);
	rd_leave(r, mark);
}

static void
read_client(struct reader *r, void *context, const cJSON *json, size_t i)
{
	const struct walk *walk = context;
	static const char *const keys[] = { "id", "aliases", "name", "names",
		"security", "steps", NULL };
	struct client *client = &walk->guides->clients[i];
	struct walk inner = *walk;
	const cJSON *steps;
	size_t j;

	rd_object(r, json, keys);
	client->id = rd_id(r, json, "id");
	rd_add_unique(r, walk->seen, client->id, N_("client id"));
	client->aliases = read_ids(r, walk, json, "aliases",
	    &client->naliases);
	/* An alias is a name like an id: no two clients share one. */
	for (j = 0; j < client->naliases && !rd_failed(r); j++)
		rd_add_unique(r, walk->seen, client->aliases[j],
		    N_("client id"));
	client->name = rd_text(r, json, "name");
	read_names(r, client, json);
	read_security(r, client, json);
	steps = rd_array(r, json, "steps", true);
	client->steps = rd_allocate(r, steps, sizeof(*client->steps),
	    &client->nsteps);
	inner.client = client;
	rd_list(r, "steps", steps, client->nsteps, read_step, &inner);
}

static void
read_source(struct reader *r, void *context, const cJSON *json, size_t i)
{
	const struct walk *walk = context;
	static const char *const keys[] = { "id", "title", "date", NULL };
	struct source *source = &walk->guides->sources[i];

	rd_object(r, json, keys);
	source->id = rd_id(r, json, "id");
	source->title = rd_text(r, json, "title");
	source->date = rd_text(r, json, "date");
	rd_add_entry(r, walk->seen, source->id, source, N_("source id"));
}

static void
read_document(struct reader *r, struct guides *guides)
{
	static const char *const keys[] = { "schema", "sources", "clients",
		NULL };
	const cJSON *root = json_doc_root(guides->document);
	struct walk walk = { guides, NULL, NULL, NULL, NULL };
	struct strset *source_ids = rd_new_set(r);
	const cJSON *array;
	long schema;

	rd_object(r, root, keys);
	schema = rd_integer(r, root, "schema", 0, 1000000);
	if (!rd_failed(r) && schema != GUIDES_SCHEMA)
		rd_bad(r, "schema %ld is not supported (this ovhmail reads "
		    "schema %d)", schema, GUIDES_SCHEMA);

	array = rd_array(r, root, "sources", true);
	guides->sources = rd_allocate(r, array, sizeof(*guides->sources),
	    &guides->nsources);
	walk.seen = source_ids;
	rd_list(r, "sources", array, guides->nsources, read_source, &walk);
	walk.source_ids = source_ids;

	array = rd_array(r, root, "clients", true);
	guides->clients = rd_allocate(r, array, sizeof(*guides->clients),
	    &guides->nclients);
	walk.seen = rd_new_set(r);
	rd_list(r, "clients", array, guides->nclients, read_client, &walk);
	strset_free(walk.seen);
	strset_free(source_ids);
}

int
guides_parse(const char *name, const char *text, size_t length,
    struct guides **out, struct problem *problem)
{
	struct guides *guides;
	struct reader reader = { .problem = problem, .file = name };

	*out = NULL;
	if ((guides = calloc(1, sizeof(*guides))) == NULL ||
	    (guides->path = strdup(name)) == NULL) {
		free(guides);
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	}
	if (rd_parse(name, text, length, &guides->document, problem) == EX_OK)
		read_document(&reader, guides);
	if (problem->status != EX_OK) {
		guides_free(guides);
		return problem->status;
	}
	*out = guides;
	return EX_OK;
}

int
guides_load(const char *table_path, struct guides **out,
    struct problem *problem)
{
	char *path, *text = NULL;
	size_t length = 0;

	*out = NULL;
	if (data_beside(table_path, "guides.json", &path, problem) != EX_OK)
		return problem->status;
	if (rd_read_file(path, &text, &length, problem) == EX_OK)
		guides_parse(path, text, length, out, problem);
	free(text);
	free(path);
	return problem->status;
}

void
guides_free(struct guides *guides)
{
	size_t i, j;

	if (guides == NULL)
		return;
	for (i = 0; i < guides->nclients; i++) {
		for (j = 0; j < guides->clients[i].nsteps; j++) {
			free(guides->clients[i].steps[j].offers);
			free(guides->clients[i].steps[j].regions);
		}
		free(guides->clients[i].steps);
		free(guides->clients[i].aliases);
	}
	free(guides->clients);
	free(guides->sources);
	json_doc_free(guides->document);
	free(guides->path);
	free(guides);
}

const struct client *
guides_client(const struct guides *guides, const char *id)
{
	const struct client *client;
	size_t i, j;

	for (i = 0; i < guides->nclients; i++) {
		client = &guides->clients[i];
		if (strcmp(client->id, id) == 0)
			return client;
		for (j = 0; j < client->naliases; j++)
			if (strcmp(client->aliases[j], id) == 0)
				return client;
	}
	return NULL;
}

void
guides_client_names(const struct guides *guides, char *list, size_t size)
{
	size_t i;

	list[0] = '\0';
	for (i = 0; i < guides->nclients; i++)
		problem_list_append(list, size, guides->clients[i].id);
}
