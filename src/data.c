#include <sys/stat.h>

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <cjson/cJSON.h>

#include "data.h"
#include "i18n.h"
#include "strset.h"
#include "utf8.h"

#ifndef DATAFILE
#define DATAFILE "/usr/local/share/ovhmail/servers.json"
#endif

#define MAX_TEXT	4096	/* bytes in one string of the file */
#define MAX_ID		32
#define MAX_HOST	253

static const char *const protocol_names[] = { "imap", "pop3", "smtp", NULL };
static const char *const security_names[] = { "ssl", "starttls", "none", NULL };
static const char *const auth_method_names[] = {
	"password-cleartext", "password-encrypted", NULL
};
static const char *const username_names[] = { "email", NULL };

const char *
protocol_name(enum protocol protocol)
{
	return protocol_names[protocol];
}

const char *
protocol_label(enum protocol protocol)
{
	static const char *const labels[] = { "IMAP", "POP3", "SMTP" };

	return labels[protocol];
}

const char *
security_name(enum security security)
{
	return security_names[security];
}

const char *
security_label(enum security security)
{
	static const char *const labels[] = {
		N_("SSL/TLS"), N_("STARTTLS"), N_("none")
	};

	return gettext(labels[security]);
}

const char *
auth_method_name(enum auth_method method)
{
	return auth_method_names[method];
}

/* Locating the file. */

static char *
copy_string(const char *s)
{
	size_t size = strlen(s) + 1;
	char *copy;

	if ((copy = malloc(size)) != NULL)
		memcpy(copy, s, size);
	return copy;
}

static char *
join_path(const char *dir, const char *tail)
{
	size_t size = strlen(dir) + strlen(tail) + 1;
	char *path;

	if ((path = malloc(size)) != NULL)
		snprintf(path, size, "%s%s", dir, tail);
	return path;
}

/* The XDG base directory spec ignores relative values of XDG_DATA_HOME. */
static char *
user_data_path(void)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");

	if (xdg != NULL && xdg[0] == '/')
		return join_path(xdg, "/ovhmail/servers.json");
	if (home != NULL && home[0] != '\0')
		return join_path(home, "/.local/share/ovhmail/servers.json");
	return NULL;
}

static bool
exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 || errno != ENOENT;
}

int
data_locate(const char *given, char **path, struct problem *problem)
{
	const char *env = getenv("OVHMAIL_DATA");
	char *user;

	*path = NULL;
	if (given != NULL)
		*path = copy_string(given);
	else if (env != NULL && env[0] != '\0')
		*path = copy_string(env);
	else {
		user = user_data_path();
		if (user != NULL && exists(user)) {
			*path = user;
			return EX_OK;
		}
		free(user);
		if (!exists(DATAFILE))
			return problem_set(problem, EX_NOINPUT, DATAFILE,
			    "%s (give --data FILE, set OVHMAIL_DATA, or run "
			    "make install)", strerror(ENOENT));
		*path = copy_string(DATAFILE);
	}
	if (*path == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	return EX_OK;
}

/* Reading the file. */

static int
read_stream(FILE *fp, const char *path, char **text, size_t *length,
    struct problem *problem)
{
	char *buffer = NULL, *grown;
	size_t size = 0, used = 0, n;

	for (;;) {
		if (used == size) {
			if (size > DATA_MAX_BYTES) {
				free(buffer);
				return problem_set(problem, EX_DATAERR, path,
				    "larger than the limit of %lu MiB",
				    DATA_MAX_BYTES / 1024 / 1024);
			}
			size = size == 0 ? 65536 : size * 2;
			if ((grown = realloc(buffer, size + 1)) == NULL) {
				free(buffer);
				return problem_set(problem, EX_OSERR, path,
				    "out of memory");
			}
			buffer = grown;
		}
		n = fread(buffer + used, 1, size - used, fp);
		used += n;
		if (n == 0)
			break;
	}
	if (ferror(fp)) {
		free(buffer);
		return problem_set(problem, EX_IOERR, path, "%s",
		    strerror(errno));
	}
	if (used > DATA_MAX_BYTES) {
		free(buffer);
		return problem_set(problem, EX_DATAERR, path,
		    "larger than the limit of %lu MiB",
		    DATA_MAX_BYTES / 1024 / 1024);
	}
	buffer[used] = '\0';
	*text = buffer;
	*length = used;
	return EX_OK;
}

static int
read_file(const char *path, char **text, size_t *length,
    struct problem *problem)
{
	struct stat st;
	FILE *fp;
	int status;

	if ((fp = fopen(path, "rb")) == NULL)
		return problem_set(problem, EX_NOINPUT, path, "%s",
		    strerror(errno));
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode))
		status = problem_set(problem, EX_NOINPUT, path,
		    "is a directory, not a data file");
	else
		status = read_stream(fp, path, text, length, problem);
	fclose(fp);
	return status;
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
	*document = cJSON_ParseWithLengthOpts(text, length + 1, &end, 1);
	if (*document != NULL)
		return EX_OK;
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

struct reader {
	struct problem	*problem;
	const char	*file;
	char		 path[256];
	size_t		 length;
};

static bool
failed(const struct reader *r)
{
	return r->problem->status != EX_OK;
}

static bool
vbad(struct reader *r, const char *fmt, va_list ap)
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

/* Reports a problem with the value in hand. */
static bool
bad(struct reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static bool
bad(struct reader *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vbad(r, fmt, ap);
	va_end(ap);
	return false;
}

/* Appends to the path and returns the mark that leave() goes back to. */
static size_t
enter(struct reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static size_t
enter(struct reader *r, const char *fmt, ...)
{
	size_t mark = r->length;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(r->path + mark, sizeof(r->path) - mark, fmt, ap);
	va_end(ap);
	if (n > 0)
		r->length = mark + (size_t)n < sizeof(r->path) ?
		    mark + (size_t)n : sizeof(r->path) - 1;
	return mark;
}

static size_t
enter_key(struct reader *r, const char *key)
{
	return enter(r, "%s%s", r->length == 0 ? "" : ".", key);
}

static size_t
enter_index(struct reader *r, size_t index)
{
	return enter(r, "[%zu]", index);
}

static void
leave(struct reader *r, size_t mark)
{
	r->length = mark;
	r->path[mark] = '\0';
}

/* Reports a problem with the member KEY of the object in hand. */
static bool
bad_member(struct reader *r, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static bool
bad_member(struct reader *r, const char *key, const char *fmt, ...)
{
	size_t mark = enter_key(r, key);
	va_list ap;

	va_start(ap, fmt);
	vbad(r, fmt, ap);
	va_end(ap);
	leave(r, mark);
	return false;
}

static bool
is_one_of(const char *key, const char *const keys[])
{
	for (; *keys != NULL; keys++)
		if (strcmp(key, *keys) == 0)
			return true;
	return false;
}

/* An object with only known keys, each once. */
static bool
expect_object(struct reader *r, const cJSON *json, const char *const keys[])
{
	const cJSON *item, *other;

	if (failed(r))
		return false;
	if (!cJSON_IsObject(json))
		return bad(r, "must be an object");
	cJSON_ArrayForEach(item, json) {
		if (!is_one_of(item->string, keys))
			return bad(r, "unknown key \"%s\"", item->string);
		for (other = json->child; other != item; other = other->next)
			if (strcmp(other->string, item->string) == 0)
				return bad(r, "duplicate key \"%s\"",
				    item->string);
	}
	return true;
}

static const cJSON *
member(struct reader *r, const cJSON *object, const char *key, bool required)
{
	const cJSON *item;

	if (failed(r))
		return NULL;
	item = cJSON_GetObjectItemCaseSensitive(object, key);
	if (item == NULL && required)
		bad(r, "missing \"%s\"", key);
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
static const char *
string_here(struct reader *r, const cJSON *item)
{
	if (failed(r))
		return "";
	if (!cJSON_IsString(item) || item->valuestring == NULL)
		bad(r, "must be a string");
	else if (item->valuestring[0] == '\0')
		bad(r, "must not be empty");
	else if (strlen(item->valuestring) > MAX_TEXT)
		bad(r, "longer than %d bytes", MAX_TEXT);
	else if (has_control(item->valuestring))
		bad(r, "contains a control character");
	else
		return item->valuestring;
	return "";
}

static const char *
string_value(struct reader *r, const cJSON *item, const char *key)
{
	size_t mark = enter_key(r, key);
	const char *s = string_here(r, item);

	leave(r, mark);
	return s;
}

static const char *
get_text(struct reader *r, const cJSON *object, const char *key)
{
	const cJSON *item = member(r, object, key, true);

	return item == NULL ? "" : string_value(r, item, key);
}

static const char *
get_optional_text(struct reader *r, const cJSON *object, const char *key)
{
	const cJSON *item = member(r, object, key, false);

	return item == NULL ? NULL : string_value(r, item, key);
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

static const char *
get_id(struct reader *r, const cJSON *object, const char *key)
{
	const char *s = get_text(r, object, key);

	if (!failed(r) && !valid_id(s))
		bad_member(r, key, "\"%s\" is not an id (lower-case "
		    "letters, digits and -, at most %d)", s, MAX_ID);
	return s;
}

static bool
get_bool(struct reader *r, const cJSON *object, const char *key)
{
	const cJSON *item = member(r, object, key, true);

	if (item == NULL)
		return false;
	if (!cJSON_IsBool(item))
		return bad_member(r, key, "must be true or false");
	return cJSON_IsTrue(item);
}

static long
get_integer(struct reader *r, const cJSON *object, const char *key,
    long min, long max)
{
	const cJSON *item = member(r, object, key, true);
	double value;

	if (item == NULL)
		return min;
	value = cJSON_IsNumber(item) ? item->valuedouble : NAN;
	if (isfinite(value) && value == floor(value) && value >= min &&
	    value <= max)
		return (long)value;
	bad_member(r, key, "must be a whole number from %ld to %ld", min, max);
	return min;
}

static int
get_enum(struct reader *r, const cJSON *object, const char *key,
    const char *const names[])
{
	const char *s = get_text(r, object, key);
	int i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	if (!failed(r))
		bad_member(r, key, "unknown value \"%s\"", s);
	return 0;
}

/* Host names as RFC 1123 has them, where "{N}" may stand for digits. */
static bool
valid_host(const char *host)
{
	size_t label = 0, length = 0;
	const char *s;

	for (s = host; *s != '\0'; s++, length++) {
		if (strncmp(s, "{N}", 3) == 0) {
			s += 2;
			label += 3;
		} else if (*s == '.') {
			if (label == 0 || s[-1] == '-')
				return false;
			label = 0;
		} else if ((*s >= 'a' && *s <= 'z') ||
		    (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		    (*s == '-' && label > 0))
			label++;
		else
			return false;
		if (label > 63)
			return false;
	}
	return label > 0 && s[-1] != '-' && length <= MAX_HOST;
}

static const char *
get_host(struct reader *r, const cJSON *object, const char *key,
    bool numbered)
{
	const char *s = get_text(r, object, key);
	const char *n = strstr(s, "{N}");

	if (failed(r))
		return s;
	if (!valid_host(s))
		bad_member(r, key, "\"%s\" is not a host name", s);
	else if (numbered && (n == NULL || strstr(n + 1, "{N}") != NULL))
		bad_member(r, key, "\"%s\" must hold \"{N}\" once: the offer "
		    "has numbered servers", s);
	else if (!numbered && n != NULL)
		bad_member(r, key, "\"%s\" holds \"{N}\" but the offer has "
		    "no \"server_number\"", s);
	return s;
}

static const char *
get_url(struct reader *r, const cJSON *object, const char *key)
{
	const char *s = get_text(r, object, key);

	if (!failed(r) && strncmp(s, "https://", 8) != 0 &&
	    strncmp(s, "http://", 7) != 0)
		bad_member(r, key, "\"%s\" is not an http or https URL", s);
	return s;
}

static const cJSON *
get_array(struct reader *r, const cJSON *object, const char *key,
    bool nonempty)
{
	const cJSON *item = member(r, object, key, true);

	if (item == NULL)
		return NULL;
	if (!cJSON_IsArray(item))
		bad_member(r, key, "must be an array");
	else if (nonempty && item->child == NULL)
		bad_member(r, key, "must not be empty");
	return failed(r) ? NULL : item;
}

/* WHAT names the kind of key, a message marked for translation. */
static void
add_unique(struct reader *r, struct strset *seen, const char *key,
    const char *what)
{
	if (failed(r))
		return;
	switch (strset_add(seen, key)) {
	case STRSET_ADDED:
		break;
	case STRSET_PRESENT:
		bad(r, "duplicate %s \"%s\"", gettext(what), key);
		break;
	case STRSET_NOMEM:
		problem_set(r->problem, EX_OSERR, r->file, "out of memory");
		break;
	}
}

static struct strset *
new_set(struct reader *r)
{
	struct strset *set;

	if ((set = strset_new()) == NULL)
		problem_set(r->problem, EX_OSERR, r->file, "out of memory");
	return set;
}

static const struct source *
find_source(const struct dataset *data, const char *id)
{
	size_t i;

	for (i = 0; i < data->nsources; i++)
		if (strcmp(data->sources[i].id, id) == 0)
			return &data->sources[i];
	return NULL;
}

/*
 * What the readers of the lists in the file share: the dataset being
 * filled, the ids seen so far in the list in hand, and the offer or known
 * error that owns that list.
 */
struct walk {
	struct dataset		*data;
	const struct strset	*source_ids;
	struct strset		*seen;
	struct offer		*offer;
	struct known_error	*error;
	char			(*keys)[80];	/* server entries' keys */
};

typedef void	read_item(struct reader *, struct walk *, const cJSON *,
		    size_t);

static void
read_list(struct reader *r, struct walk *walk, const char *key,
    const cJSON *array, size_t count, read_item *read)
{
	const cJSON *json = array != NULL ? array->child : NULL;
	size_t i, mark = enter_key(r, key), item;

	/* count is less than the items only when allocate() failed. */
	for (i = 0; json != NULL && i < count && !failed(r);
	    json = json->next, i++) {
		item = enter_index(r, i);
		read(r, walk, json, i);
		leave(r, item);
	}
	leave(r, mark);
}

/* Allocates the C array for the items of a JSON array, or reports. */
static void *
allocate(struct reader *r, const cJSON *array, size_t size, size_t *count)
{
	const cJSON *item;
	void *p;

	*count = 0;
	if (array == NULL || failed(r))
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

static const struct source *
get_source(struct reader *r, const struct walk *walk, const cJSON *object,
    const char *key)
{
	const char *id = get_id(r, object, key);

	if (failed(r))
		return NULL;
	if (!strset_has(walk->source_ids, id)) {
		bad_member(r, key, "no source has the id \"%s\"", id);
		return NULL;
	}
	return find_source(walk->data, id);
}

static void
read_source(struct reader *r, struct walk *walk, const cJSON *json,
    size_t i)
{
	static const char *const keys[] = { "id", "title", "date", NULL };
	struct source *source = &walk->data->sources[i];

	expect_object(r, json, keys);
	source->id = get_id(r, json, "id");
	source->title = get_text(r, json, "title");
	source->date = get_text(r, json, "date");
	add_unique(r, walk->seen, source->id, N_("source id"));
}

static void
read_region(struct reader *r, struct walk *walk, const cJSON *json,
    size_t i)
{
	static const char *const keys[] = { "id", "name", NULL };
	struct region *region = &walk->offer->regions[i];

	expect_object(r, json, keys);
	region->id = get_id(r, json, "id");
	region->name = get_text(r, json, "name");
	add_unique(r, walk->seen, region->id, N_("region id"));
}

static const struct region *
get_region(struct reader *r, const struct offer *offer, const cJSON *json)
{
	const char *id;
	size_t i;

	if (offer->nregions == 0) {
		if (member(r, json, "region", false) != NULL)
			bad_member(r, "region", "the offer has no regions");
		return NULL;
	}
	id = get_id(r, json, "region");
	for (i = 0; i < offer->nregions && !failed(r); i++)
		if (strcmp(offer->regions[i].id, id) == 0)
			return &offer->regions[i];
	if (!failed(r))
		bad_member(r, "region", "the offer has no region \"%s\"", id);
	return NULL;
}

/* What makes a server entry unique within its offer. */
static char *
server_key(const struct server *server, char *key, size_t size)
{
	const char *ssl = server->ssl ? _("with SSL") : _("without SSL");

	if (server->region == NULL)
		snprintf(key, size, "%s %s", protocol_name(server->protocol),
		    ssl);
	else
		snprintf(key, size, _("%s %s in %s"),
		    protocol_name(server->protocol), ssl, server->region->id);
	return key;
}

static void
read_server(struct reader *r, struct walk *walk, const cJSON *json,
    size_t i)
{
	static const char *const keys[] = { "protocol", "ssl", "region",
		"host", "port", "security", "auth_required", "auth_method",
		"username", "source", NULL };
	const struct offer *offer = walk->offer;
	struct server *server = &offer->servers[i];

	expect_object(r, json, keys);
	server->protocol = get_enum(r, json, "protocol", protocol_names);
	server->ssl = get_bool(r, json, "ssl");
	server->region = get_region(r, offer, json);
	server->host = get_host(r, json, "host", offer->server_number != NULL);
	server->port = (int)get_integer(r, json, "port", 1, 65535);
	server->security = get_enum(r, json, "security", security_names);
	server->auth_required = get_bool(r, json, "auth_required");
	server->auth_method = get_enum(r, json, "auth_method",
	    auth_method_names);
	server->username = get_enum(r, json, "username", username_names);
	server->source = get_source(r, walk, json, "source");
	if (!failed(r))
		add_unique(r, walk->seen, server_key(server, walk->keys[i],
		    sizeof(walk->keys[i])), N_("server entry"));
}

static void
read_autodiscover(struct reader *r, struct walk *walk, struct offer *offer,
    const cJSON *object)
{
	static const char *const keys[] = { "host", "port", "source", NULL };
	const cJSON *json = member(r, object, "autodiscover", false);
	size_t mark;

	if (json == NULL)
		return;
	mark = enter_key(r, "autodiscover");
	expect_object(r, json, keys);
	offer->autodiscover.host = get_host(r, json, "host",
	    offer->server_number != NULL);
	offer->autodiscover.port = (int)get_integer(r, json, "port", 1, 65535);
	offer->autodiscover.source = get_source(r, walk, json, "source");
	leave(r, mark);
}

static void
read_offer(struct reader *r, struct walk *walk, const cJSON *json,
    size_t i)
{
	static const char *const keys[] = { "id", "name", "description",
		"default", "webmail", "webmail_source", "autodiscover",
		"server_number", "regions", "servers", NULL };
	struct offer *offer = &walk->data->offers[i];
	struct walk inner = { walk->data, walk->source_ids, NULL, offer, NULL,
		NULL };
	const cJSON *regions, *servers;

	expect_object(r, json, keys);
	offer->id = get_id(r, json, "id");
	add_unique(r, walk->seen, offer->id, N_("offer id"));
	offer->name = get_text(r, json, "name");
	offer->description = get_text(r, json, "description");
	offer->is_default = get_bool(r, json, "default");
	offer->webmail = get_url(r, json, "webmail");
	offer->webmail_source = get_source(r, walk, json, "webmail_source");
	offer->server_number = get_optional_text(r, json, "server_number");
	read_autodiscover(r, walk, offer, json);

	regions = get_array(r, json, "regions", false);
	offer->regions = allocate(r, regions, sizeof(*offer->regions),
	    &offer->nregions);
	inner.seen = new_set(r);
	read_list(r, &inner, "regions", regions, offer->nregions, read_region);
	strset_free(inner.seen);

	servers = get_array(r, json, "servers", true);
	offer->servers = allocate(r, servers, sizeof(*offer->servers),
	    &offer->nservers);
	inner.seen = new_set(r);
	if (offer->nservers > 0 && (inner.keys = calloc(offer->nservers,
	    sizeof(*inner.keys))) == NULL)
		problem_set(r->problem, EX_OSERR, r->file, "out of memory");
	read_list(r, &inner, "servers", servers, offer->nservers, read_server);
	free(inner.keys);
	strset_free(inner.seen);
}

static void
check_one_default(struct reader *r, const struct dataset *data)
{
	const struct offer *first = NULL;
	size_t i;

	for (i = 0; i < data->noffers && !failed(r); i++) {
		if (!data->offers[i].is_default)
			continue;
		if (first != NULL)
			bad(r, "offers \"%s\" and \"%s\" are both the default",
			    first->id, data->offers[i].id);
		first = &data->offers[i];
	}
	if (first == NULL)
		bad(r, "no offer has \"default\": true");
}

static void
read_match(struct reader *r, struct walk *walk, const cJSON *json, size_t i)
{
	walk->error->match[i] = string_here(r, json);
}

static void
read_error(struct reader *r, struct walk *walk, const cJSON *json, size_t i)
{
	static const char *const keys[] = { "id", "protocol", "code", "reply",
		"match", "meaning", "fix", "source", NULL };
	struct known_error *error = &walk->data->errors[i];
	struct walk inner = { walk->data, walk->source_ids, NULL, NULL, error,
		NULL };
	const cJSON *match;

	expect_object(r, json, keys);
	error->id = get_id(r, json, "id");
	add_unique(r, walk->seen, error->id, N_("error id"));
	error->protocol = get_enum(r, json, "protocol", protocol_names);
	error->code = get_text(r, json, "code");
	error->reply = get_text(r, json, "reply");
	match = get_array(r, json, "match", true);
	error->match = allocate(r, match, sizeof(*error->match),
	    &error->nmatch);
	read_list(r, &inner, "match", match, error->nmatch, read_match);
	error->meaning = get_text(r, json, "meaning");
	error->fix = get_text(r, json, "fix");
	error->source = get_source(r, walk, json, "source");
}

static void
read_mx(struct reader *r, struct walk *walk, const cJSON *json, size_t i)
{
	static const char *const keys[] = { "priority", "host", NULL };
	struct mx *mx = &walk->data->dns.mx[i];

	expect_object(r, json, keys);
	mx->priority = (int)get_integer(r, json, "priority", 0, 65535);
	mx->host = get_host(r, json, "host", false);
}

static void
read_dns(struct reader *r, struct walk *walk, const cJSON *object)
{
	static const char *const keys[] = { "ttl", "mx", "mx_source", "spf",
		"spf_source", NULL };
	struct dns *dns = &walk->data->dns;
	const cJSON *json = member(r, object, "dns", true);
	const cJSON *array;
	size_t mark;

	if (json == NULL)
		return;
	mark = enter_key(r, "dns");
	expect_object(r, json, keys);
	dns->ttl = get_integer(r, json, "ttl", 1, 2147483647);
	array = get_array(r, json, "mx", true);
	dns->mx = allocate(r, array, sizeof(*dns->mx), &dns->nmx);
	read_list(r, walk, "mx", array, dns->nmx, read_mx);
	dns->mx_source = get_source(r, walk, json, "mx_source");
	dns->spf = get_text(r, json, "spf");
	dns->spf_source = get_source(r, walk, json, "spf_source");
	leave(r, mark);
}

static void
read_document(struct reader *r, struct dataset *data)
{
	static const char *const keys[] = { "schema", "sources", "offers",
		"dns", "errors", NULL };
	const cJSON *root = data->document;
	struct walk walk = { data, NULL, NULL, NULL, NULL, NULL };
	struct strset *source_ids = new_set(r);
	const cJSON *array;
	long schema;

	expect_object(r, root, keys);
	schema = get_integer(r, root, "schema", 0, INT_MAX);
	if (!failed(r) && schema != DATA_SCHEMA)
		bad(r, "schema %ld is not supported (this ovhmail reads "
		    "schema %d)", schema, DATA_SCHEMA);

	array = get_array(r, root, "sources", true);
	data->sources = allocate(r, array, sizeof(*data->sources),
	    &data->nsources);
	walk.seen = source_ids;
	read_list(r, &walk, "sources", array, data->nsources, read_source);
	walk.source_ids = source_ids;

	array = get_array(r, root, "offers", true);
	data->offers = allocate(r, array, sizeof(*data->offers),
	    &data->noffers);
	walk.seen = new_set(r);
	read_list(r, &walk, "offers", array, data->noffers, read_offer);
	strset_free(walk.seen);
	if (!failed(r))
		check_one_default(r, data);
	read_dns(r, &walk, root);

	array = get_array(r, root, "errors", false);
	data->errors = allocate(r, array, sizeof(*data->errors),
	    &data->nerrors);
	walk.seen = new_set(r);
	read_list(r, &walk, "errors", array, data->nerrors, read_error);
	strset_free(walk.seen);
	strset_free(source_ids);
}

int
data_parse(const char *name, const char *text, size_t length,
    struct dataset **out, struct problem *problem)
{
	struct dataset *data;
	struct reader reader = { problem, name, "", 0 };

	*out = NULL;
	if ((data = calloc(1, sizeof(*data))) == NULL ||
	    (data->path = copy_string(name)) == NULL) {
		free(data);
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	}
	if (check_text(name, text, length, problem) == EX_OK &&
	    parse_json(name, text, length, &data->document, problem) == EX_OK)
		read_document(&reader, data);
	if (problem->status != EX_OK) {
		data_free(data);
		return problem->status;
	}
	*out = data;
	return EX_OK;
}

int
data_load(const char *path, struct dataset **out, struct problem *problem)
{
	char *text = NULL;
	size_t length = 0;

	*out = NULL;
	if (read_file(path, &text, &length, problem) == EX_OK)
		data_parse(path, text, length, out, problem);
	free(text);
	return problem->status;
}

void
data_free(struct dataset *data)
{
	size_t i;

	if (data == NULL)
		return;
	for (i = 0; i < data->noffers; i++) {
		free(data->offers[i].regions);
		free(data->offers[i].servers);
	}
	for (i = 0; i < data->nerrors; i++)
		free(data->errors[i].match);
	free(data->offers);
	free(data->dns.mx);
	free(data->errors);
	free(data->sources);
	cJSON_Delete(data->document);
	free(data->path);
	free(data);
}
