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
#include "reader.h"

#ifndef DATAFILE
#define DATAFILE "/usr/local/share/ovhmail/servers.json"
#endif

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

/*
 * The XDG base directory spec ignores a relative XDG_DATA_HOME; so is a
 * HOME or XDG_DATA_HOME that is not an absolute path to a directory
 * (HOME=/dev/null for service accounts, HOME=. planting a file).
 */
static bool
is_home_directory(const char *path)
{
	struct stat st;

	return path != NULL && path[0] == '/' && stat(path, &st) == 0 &&
	    S_ISDIR(st.st_mode);
}

static char *
user_data_path(void)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");

	if (is_home_directory(xdg))
		return join_path(xdg, "/ovhmail/servers.json");
	if (is_home_directory(home))
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

/* Validation: see reader.h for the walk. */

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
	const char *s = rd_text(r, object, key);
	const char *n = strstr(s, "{N}");

	if (rd_failed(r))
		return s;
	if (!valid_host(s))
		rd_bad_member(r, key, "\"%s\" is not a host name",
		    problem_echo(s));
	else if (numbered && (n == NULL || strstr(n + 1, "{N}") != NULL))
		rd_bad_member(r, key, "\"%s\" must hold \"{N}\" once: the "
		    "offer has numbered servers", s);
	else if (!numbered && n != NULL)
		rd_bad_member(r, key, "\"%s\" holds \"{N}\" but the offer has "
		    "no \"server_number\"", s);
	return s;
}

static const char *
get_url(struct reader *r, const cJSON *object, const char *key)
{
	const char *s = rd_text(r, object, key);

	if (!rd_failed(r) && strncmp(s, "https://", 8) != 0 &&
	    strncmp(s, "http://", 7) != 0)
		rd_bad_member(r, key, "\"%s\" is not an http or https URL",
		    problem_echo(s));
	return s;
}
/*
 * What the readers of the lists in the file share: the dataset being
 * filled, the ids seen so far in the list in hand, and the offer or known
 * error that owns that list.  References resolve through the sets of
 * source ids and of the offer's region ids, in constant time each, so
 * that loading stays linear in the size of the file.
 */
struct walk {
	struct dataset		*data;
	const struct strset	*source_ids;	/* id -> struct source */
	const struct strset	*region_ids;	/* id -> struct region */
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
	size_t i, mark = rd_enter_key(r, key), item;

	/* count is less than the items only when rd_allocate() failed. */
	for (i = 0; json != NULL && i < count && !rd_failed(r);
	    json = json->next, i++) {
		item = rd_enter_index(r, i);
		read(r, walk, json, i);
		rd_leave(r, item);
	}
	rd_leave(r, mark);
}

static const struct source *
get_source(struct reader *r, const struct walk *walk, const cJSON *object,
    const char *key)
{
	const char *id = rd_id(r, object, key);
	const struct source *source;

	if (rd_failed(r))
		return NULL;
	if ((source = strset_get(walk->source_ids, id)) == NULL)
		rd_bad_member(r, key, "no source has the id \"%s\"",
		    problem_echo(id));
	return source;
}

static void
read_source(struct reader *r, struct walk *walk, const cJSON *json,
    size_t i)
{
	static const char *const keys[] = { "id", "title", "date", NULL };
	struct source *source = &walk->data->sources[i];

	rd_object(r, json, keys);
	source->id = rd_id(r, json, "id");
	source->title = rd_text(r, json, "title");
	source->date = rd_text(r, json, "date");
	rd_add_entry(r, walk->seen, source->id, source, N_("source id"));
}

static void
read_region(struct reader *r, struct walk *walk, const cJSON *json,
    size_t i)
{
	static const char *const keys[] = { "id", "name", NULL };
	struct region *region = &walk->offer->regions[i];

	rd_object(r, json, keys);
	region->id = rd_id(r, json, "id");
	region->name = rd_text(r, json, "name");
	rd_add_entry(r, walk->seen, region->id, region, N_("region id"));
}

static const struct region *
get_region(struct reader *r, const struct walk *walk, const cJSON *json)
{
	const struct region *region;
	const char *id;

	if (walk->offer->nregions == 0) {
		if (rd_member(r, json, "region", false) != NULL)
			rd_bad_member(r, "region", "the offer has no regions");
		return NULL;
	}
	id = rd_id(r, json, "region");
	if (rd_failed(r))
		return NULL;
	if ((region = strset_get(walk->region_ids, id)) == NULL)
		rd_bad_member(r, "region", "the offer has no region \"%s\"",
		    problem_echo(id));
	return region;
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

	rd_object(r, json, keys);
	server->protocol = rd_enum(r, json, "protocol", protocol_names);
	server->ssl = rd_bool(r, json, "ssl");
	server->region = get_region(r, walk, json);
	server->host = get_host(r, json, "host", offer->server_number != NULL);
	server->port = (int)rd_integer(r, json, "port", 1, 65535);
	server->security = rd_enum(r, json, "security", security_names);
	server->auth_required = rd_bool(r, json, "auth_required");
	server->auth_method = rd_enum(r, json, "auth_method",
	    auth_method_names);
	server->username = rd_enum(r, json, "username", username_names);
	server->source = get_source(r, walk, json, "source");
	if (!rd_failed(r))
		rd_add_unique(r, walk->seen, server_key(server, walk->keys[i],
		    sizeof(walk->keys[i])), N_("server entry"));
}

static void
read_autodiscover(struct reader *r, struct walk *walk, struct offer *offer,
    const cJSON *object)
{
	static const char *const keys[] = { "host", "port", "source", NULL };
	const cJSON *json = rd_member(r, object, "autodiscover", false);
	size_t mark;

	if (json == NULL)
		return;
	mark = rd_enter_key(r, "autodiscover");
	rd_object(r, json, keys);
	offer->autodiscover.host = get_host(r, json, "host",
	    offer->server_number != NULL);
	offer->autodiscover.port = (int)rd_integer(r, json, "port", 1, 65535);
	offer->autodiscover.source = get_source(r, walk, json, "source");
	rd_leave(r, mark);
}

static void
read_offer(struct reader *r, struct walk *walk, const cJSON *json,
    size_t i)
{
	static const char *const keys[] = { "id", "name", "description",
		"default", "webmail", "webmail_source", "autodiscover",
		"server_number", "regions", "servers", NULL };
	struct offer *offer = &walk->data->offers[i];
	struct walk inner = { walk->data, walk->source_ids, NULL, NULL, offer,
		NULL, NULL };
	struct strset *region_ids;
	const cJSON *regions, *servers;

	rd_object(r, json, keys);
	offer->id = rd_id(r, json, "id");
	rd_add_unique(r, walk->seen, offer->id, N_("offer id"));
	offer->name = rd_text(r, json, "name");
	offer->description = rd_text(r, json, "description");
	offer->is_default = rd_bool(r, json, "default");
	offer->webmail = get_url(r, json, "webmail");
	offer->webmail_source = get_source(r, walk, json, "webmail_source");
	offer->server_number = rd_optional_text(r, json, "server_number");
	read_autodiscover(r, walk, offer, json);

	regions = rd_array(r, json, "regions", false);
	offer->regions = rd_allocate(r, regions, sizeof(*offer->regions),
	    &offer->nregions);
	inner.seen = region_ids = rd_new_set(r);
	read_list(r, &inner, "regions", regions, offer->nregions, read_region);
	inner.region_ids = region_ids;

	servers = rd_array(r, json, "servers", true);
	offer->servers = rd_allocate(r, servers, sizeof(*offer->servers),
	    &offer->nservers);
	inner.seen = rd_new_set(r);
	if (offer->nservers > 0 && (inner.keys = calloc(offer->nservers,
	    sizeof(*inner.keys))) == NULL)
		problem_set(r->problem, EX_OSERR, r->file, "out of memory");
	read_list(r, &inner, "servers", servers, offer->nservers, read_server);
	free(inner.keys);
	strset_free(inner.seen);
	strset_free(region_ids);
}

static void
check_one_default(struct reader *r, const struct dataset *data)
{
	const struct offer *first = NULL;
	size_t i;

	for (i = 0; i < data->noffers && !rd_failed(r); i++) {
		if (!data->offers[i].is_default)
			continue;
		if (first != NULL)
			rd_bad(r, "offers \"%s\" and \"%s\" are both the "
			    "default", first->id, data->offers[i].id);
		first = &data->offers[i];
	}
	if (first == NULL)
		rd_bad(r, "no offer has \"default\": true");
}

static void
read_match(struct reader *r, struct walk *walk, const cJSON *json, size_t i)
{
	walk->error->match[i] = rd_string(r, json);
}

static void
read_error(struct reader *r, struct walk *walk, const cJSON *json, size_t i)
{
	static const char *const keys[] = { "id", "protocol", "code", "reply",
		"match", "meaning", "fix", "source", NULL };
	struct known_error *error = &walk->data->errors[i];
	struct walk inner = { walk->data, walk->source_ids, NULL, NULL, NULL,
		error, NULL };
	const cJSON *match;

	rd_object(r, json, keys);
	error->id = rd_id(r, json, "id");
	rd_add_unique(r, walk->seen, error->id, N_("error id"));
	error->protocol = rd_enum(r, json, "protocol", protocol_names);
	error->code = rd_text(r, json, "code");
	error->reply = rd_text(r, json, "reply");
	match = rd_array(r, json, "match", true);
	error->match = rd_allocate(r, match, sizeof(*error->match),
	    &error->nmatch);
	read_list(r, &inner, "match", match, error->nmatch, read_match);
	error->meaning = rd_text(r, json, "meaning");
	error->fix = rd_text(r, json, "fix");
	error->source = get_source(r, walk, json, "source");
}

static void
read_mx(struct reader *r, struct walk *walk, const cJSON *json, size_t i)
{
	static const char *const keys[] = { "priority", "host", NULL };
	struct mx *mx = &walk->data->dns.mx[i];

	rd_object(r, json, keys);
	mx->priority = (int)rd_integer(r, json, "priority", 0, 65535);
	mx->host = get_host(r, json, "host", false);
}

static void
read_dns(struct reader *r, struct walk *walk, const cJSON *object)
{
	static const char *const keys[] = { "ttl", "mx", "mx_source", "spf",
		"spf_source", NULL };
	struct dns *dns = &walk->data->dns;
	const cJSON *json = rd_member(r, object, "dns", true);
	const cJSON *array;
	size_t mark;

	if (json == NULL)
		return;
	mark = rd_enter_key(r, "dns");
	rd_object(r, json, keys);
	dns->ttl = rd_integer(r, json, "ttl", 1, 2147483647);
	array = rd_array(r, json, "mx", true);
	dns->mx = rd_allocate(r, array, sizeof(*dns->mx), &dns->nmx);
	read_list(r, walk, "mx", array, dns->nmx, read_mx);
	dns->mx_source = get_source(r, walk, json, "mx_source");
	dns->spf = rd_text(r, json, "spf");
	dns->spf_source = get_source(r, walk, json, "spf_source");
	rd_leave(r, mark);
}

static void
read_document(struct reader *r, struct dataset *data)
{
	static const char *const keys[] = { "schema", "sources", "offers",
		"dns", "errors", NULL };
	const cJSON *root = data->document;
	struct walk walk = { data, NULL, NULL, NULL, NULL, NULL, NULL };
	struct strset *source_ids = rd_new_set(r);
	const cJSON *array;
	long schema;

	rd_object(r, root, keys);
	schema = rd_integer(r, root, "schema", 0, INT_MAX);
	if (!rd_failed(r) && schema != DATA_SCHEMA)
		rd_bad(r, "schema %ld is not supported (this ovhmail reads "
		    "schema %d)", schema, DATA_SCHEMA);

	array = rd_array(r, root, "sources", true);
	data->sources = rd_allocate(r, array, sizeof(*data->sources),
	    &data->nsources);
	walk.seen = source_ids;
	read_list(r, &walk, "sources", array, data->nsources, read_source);
	walk.source_ids = source_ids;

	array = rd_array(r, root, "offers", true);
	data->offers = rd_allocate(r, array, sizeof(*data->offers),
	    &data->noffers);
	walk.seen = rd_new_set(r);
	read_list(r, &walk, "offers", array, data->noffers, read_offer);
	strset_free(walk.seen);
	if (!rd_failed(r))
		check_one_default(r, data);
	read_dns(r, &walk, root);

	array = rd_array(r, root, "errors", false);
	data->errors = rd_allocate(r, array, sizeof(*data->errors),
	    &data->nerrors);
	walk.seen = rd_new_set(r);
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
	if (rd_parse(name, text, length, &data->document, problem) == EX_OK)
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
	if (rd_read_file(path, &text, &length, problem) == EX_OK &&
	    data_parse(path, text, length, out, problem) == EX_OK &&
	    *out != NULL) {
		/* Kept for ovhmail-check, which must not read it again. */
		(*out)->text = text;
		(*out)->length = length;
		text = NULL;
	}
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
	free(data->text);
	free(data->path);
	free(data);
}
